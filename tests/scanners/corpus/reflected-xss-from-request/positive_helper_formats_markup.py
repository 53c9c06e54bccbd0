"""Positive example for reflected-xss-from-request: a view returns a helper's HTML built from its argument."""

from flask import Flask, request

app = Flask(__name__)


def error_card(code, detail):
    return "<div class='card'><b>{}</b> {}</div>".format(code, detail)


@app.route("/oops")
def oops():
    reason = request.args.get("reason", "unknown")
    return error_card(500, reason)
