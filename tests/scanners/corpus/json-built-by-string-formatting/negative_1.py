"""Negative example for json-built-by-string-formatting: the rule must not flag this."""
import json

from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/api/echo")
def echo():
    city = request.args.get("city", "")
    doc = json.dumps({"city": city, "ok": True})
    return Response(doc, mimetype="application/json")
