"""Order lookup for the customer portal (Bottle + pymongo)."""
import os
import re

from bottle import Bottle, HTTPError, request
from pymongo import MongoClient

app = Bottle()
orders = MongoClient(os.environ["MONGO_URL"]).shop.orders

ORDER_NO = re.compile(r"ORD-\d{6,10}")
STATUSES = {"pending", "paid", "shipped", "delivered", "cancelled"}


def build_filter(customer_id, params):
    flt = {"customer_id": {"$eq": customer_id}}
    order_no = params.get("order_no")
    if order_no is not None:
        if not isinstance(order_no, str) or not ORDER_NO.fullmatch(order_no):
            raise ValueError("invalid order number")
        flt["order_no"] = {"$eq": order_no}
    status = params.get("status")
    if status is not None:
        if status not in STATUSES:
            raise ValueError("invalid status")
        flt["status"] = {"$eq": status}
    return flt


@app.post("/orders/search")
def search_orders():
    # REMOTE_USER is set by the SSO middleware after authenticating the customer
    customer_id = request.environ.get("REMOTE_USER")
    if not customer_id:
        raise HTTPError(401)
    params = request.json or {}
    try:
        flt = build_filter(str(customer_id), params)
    except ValueError as exc:
        raise HTTPError(400, str(exc))
    docs = orders.find(flt, {"_id": 0, "order_no": 1, "status": 1, "total": 1}).limit(50)
    return {"orders": list(docs)}
