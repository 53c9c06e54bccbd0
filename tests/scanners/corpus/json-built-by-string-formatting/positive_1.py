"""Positive example for json-built-by-string-formatting: the rule must flag this."""
from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/api/echo")
def echo():
    city = request.args.get("city", "")
    doc = '{"city": "%s", "ok": true}' % city
    return Response(doc, mimetype="application/json")
