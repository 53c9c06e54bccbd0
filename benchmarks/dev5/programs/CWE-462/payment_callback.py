"""Handles the return redirect from the hosted payment page."""
from urllib.parse import parse_qsl

from bottle import Bottle, abort, request

from .orders import get_order, mark_paid

app = Bottle()


def amount_matches(pairs: list[tuple[str, str]], expected_cents: int) -> bool:
    for key, value in pairs:
        if key == "amount":
            return value.isdigit() and int(value) == expected_cents
    return False


@app.get("/payment/return")
def payment_return():
    pairs = parse_qsl(request.query_string, keep_blank_values=True)
    params = dict(pairs)
    order = get_order(params.get("order_id", ""))
    if order is None:
        abort(404)
    if not amount_matches(pairs, order.total_cents):
        abort(400, "amount mismatch")
    mark_paid(order.id, paid_cents=int(params["amount"]), ref=params.get("txn", ""))
    return {"order": order.id, "status": "paid"}
