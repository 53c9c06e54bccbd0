import json
from decimal import Decimal, InvalidOperation
from http.server import BaseHTTPRequestHandler, HTTPServer

ORDERS = {"1001": Decimal("59.90"), "1002": Decimal("12.00")}
MAX_BODY = 4096


def parse_refund(body):
    data = json.loads(body)
    order_id = str(data.get("order_id", ""))
    try:
        amount = Decimal(str(data.get("amount")))
    except (InvalidOperation, TypeError):
        return None
    if order_id not in ORDERS:
        return None
    if not amount.is_finite() or amount <= 0 or amount > ORDERS[order_id]:
        return None
    return order_id, amount


class RefundHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        if length <= 0 or length > MAX_BODY:
            self.send_error(413)
            return
        try:
            parsed = parse_refund(self.rfile.read(length))
        except ValueError:
            parsed = None
        if parsed is None:
            self.send_error(400, "invalid refund request")
            return
        order_id, amount = parsed
        ORDERS[order_id] -= amount
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"refunded": str(amount)}).encode())


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), RefundHandler).serve_forever()
