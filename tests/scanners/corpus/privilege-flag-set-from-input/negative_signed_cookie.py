"""Negative example for privilege-flag-set-from-input: the cookie is signed with the server secret."""

import os

from bottle import Bottle, request

app = Bottle()
KEY = os.environ["COOKIE_KEY"]


@app.hook("before_request")
def identify():
    request.environ["forum.is_moderator"] = request.get_cookie("mod", secret=KEY) == "yes"
