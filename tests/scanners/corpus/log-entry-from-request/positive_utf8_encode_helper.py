import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


def printable(raw):
    return str(raw).encode("utf-8", "replace").decode("utf-8")


@app.route("/search")
def search():
    term = request.args.get("q", "")
    audit.warning("search for %s", printable(term))
    return "ok"
