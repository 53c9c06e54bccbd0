"""Bottle app with a public site and a staff area; every /staff route is gated."""
from functools import wraps

from bottle import Bottle, abort, redirect, request, template

from .accounts import lookup_session

app = Bottle()


def staff_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        account = lookup_session(request.get_cookie("sid"))
        if account is None:
            redirect("/login")
        if not account.is_staff:
            abort(403, "staff only")
        request.environ["account"] = account
        return fn(*args, **kwargs)
    return wrapper


@app.get("/")
def home():
    return template("home")


@app.get("/staff")
@staff_only
def staff_index():
    return template("staff_index", account=request.environ["account"])


@app.get("/staff/orders/<order_id:int>")
@staff_only
def staff_order(order_id):
    from .orders import get_order
    order = get_order(order_id)
    if order is None:
        abort(404)
    return template("staff_order", order=order)


@app.post("/staff/orders/<order_id:int>/cancel")
@staff_only
def cancel_order(order_id):
    from .orders import cancel
    cancel(order_id, by=request.environ["account"].name)
    redirect(f"/staff/orders/{order_id}")
