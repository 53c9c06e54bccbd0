import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


def printable(raw):
    return str(raw).encode("unicode_escape").decode("ascii")


@app.route("/search")
def search():
    term = request.args.get("q", "")
    audit.warning("search for %s", printable(term))
    return "ok"
