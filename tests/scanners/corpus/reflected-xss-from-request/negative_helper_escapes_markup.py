"""Negative example for reflected-xss-from-request: the helper escapes its argument inside the markup."""

from html import escape

from flask import Flask, request

app = Flask(__name__)


def error_card(code, detail):
    return f"<div class='card'><b>{code}</b> {escape(detail)}</div>"


@app.route("/oops")
def oops():
    return error_card(500, request.args.get("reason", "unknown"))
