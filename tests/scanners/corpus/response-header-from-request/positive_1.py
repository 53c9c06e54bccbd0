"""Positive example for response-header-from-request: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

@app.route("/typed")
def typed():
    kind = request.args.get("type")
    return Response("data", content_type=kind)
