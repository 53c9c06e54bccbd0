from bottle import Bottle, request, abort, response
import json

from shop.auth import user_from_cookie
from shop.orders import OrderStore

app = Bottle()
store = OrderStore("orders.sqlite")


def require_role(user, role):
    if user is None:
        abort(401, "login required")
    if role not in user.roles:
        abort(403, "forbidden")


@app.post("/orders/<order_id:int>/refund")
def refund(order_id):
    user = user_from_cookie(request.get_cookie("sid"))
    require_role(user, "support")
    order = store.get(order_id)
    if order is None:
        abort(404)
    amount = float(request.json.get("amount", order.total))
    if amount <= 0 or amount > order.total:
        abort(400, "invalid amount")
    store.refund(order_id, amount, issued_by=user.name)
    response.content_type = "application/json"
    return json.dumps({"order": order_id, "refunded": amount})
