"""Positive example for log-entry-from-request: a module helper appends the given line to an audit file."""

from flask import Flask, request

app = Flask(__name__)


def journal(line, path="audit.trail"):
    with open(path, "a") as sink:
        sink.write(line + "\n")


@app.post("/coupon")
def coupon():
    code = request.form["code"]
    journal(f"coupon tried: {code}")
    return {"ok": True}
