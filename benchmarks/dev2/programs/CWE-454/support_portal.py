import os

from bottle import Bottle, request, response, abort, template

from .tickets import all_tickets, tickets_for

app = Bottle()
SECRET = os.environ["PORTAL_COOKIE_SECRET"]


@app.hook("before_request")
def load_identity():
    request.environ["portal.user"] = request.get_cookie("user", secret=SECRET)
    request.environ["portal.is_agent"] = request.get_cookie("agent", "0") == "1"


@app.get("/tickets")
def tickets():
    user = request.environ["portal.user"]
    if user is None:
        abort(401)
    if request.environ["portal.is_agent"]:
        rows = all_tickets()
    else:
        rows = tickets_for(user)
    return template("tickets", rows=rows)
