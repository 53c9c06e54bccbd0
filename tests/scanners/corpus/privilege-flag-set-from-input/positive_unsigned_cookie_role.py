"""Positive example for privilege-flag-set-from-input: a moderator flag read from an unsigned cookie."""

from bottle import Bottle, request

app = Bottle()


@app.hook("before_request")
def identify():
    request.environ["forum.is_moderator"] = request.get_cookie("mod") == "yes"
