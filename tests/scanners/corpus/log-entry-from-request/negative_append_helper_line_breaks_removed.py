"""Negative example for log-entry-from-request: line breaks are removed before the helper appends."""

from flask import Flask, request

app = Flask(__name__)


def journal(line, path="audit.trail"):
    with open(path, "a") as sink:
        sink.write(line + "\n")


@app.post("/coupon")
def coupon():
    code = request.form["code"].replace("\r", " ").replace("\n", " ")
    journal(f"coupon tried: {code}")
    return {"ok": True}
