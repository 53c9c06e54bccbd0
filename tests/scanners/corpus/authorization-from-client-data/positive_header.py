"""Positive example for authorization-from-client-data: the role comes from a request header."""

from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/admin/stats")
def stats():
    if request.headers.get("X-Role") != "admin":
        abort(403)
    return "stats"
