"""Positive for privilege-flag-set-from-input: the trust flag is read from a header the client sets."""
from flask import Flask, g, request

app = Flask(__name__)


@app.before_request
def load_user_flags():
    g.is_staff = request.headers.get("X-Staff") == "1"


@app.route("/refunds/<int:order>", methods=["POST"])
def refund(order):
    if not g.is_staff:
        return "forbidden", 403
    return f"refunded {order}"
