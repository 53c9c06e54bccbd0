"""Payment return handler that refuses repeated query parameters."""
from urllib.parse import parse_qsl

from flask import Flask, abort, request

from .orders import get_order, mark_paid

app = Flask(__name__)
REQUIRED = ("order_id", "amount", "txn")


def single_valued(query: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True, strict_parsing=True):
        if key in result:
            raise ValueError(f"duplicate parameter {key}")
        result[key] = value
    return result


@app.get("/payment/return")
def payment_return():
    try:
        params = single_valued(request.query_string.decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        abort(400)
    if any(k not in params for k in REQUIRED) or not params["amount"].isdigit():
        abort(400)
    order = get_order(params["order_id"])
    if order is None:
        abort(404)
    if int(params["amount"]) != order.total_cents:
        abort(400, "amount mismatch")
    mark_paid(order.id, paid_cents=order.total_cents, ref=params["txn"])
    return {"order": order.id, "status": "paid"}
