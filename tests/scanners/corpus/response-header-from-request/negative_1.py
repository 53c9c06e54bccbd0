"""Negative example for response-header-from-request: the rule must not flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

KINDS = {"text/plain", "application/json"}
@app.route("/typed")
def typed():
    kind = request.args.get("type")
    if kind in KINDS:
        return Response("data", content_type=kind)
    return Response("data", content_type="text/plain")
