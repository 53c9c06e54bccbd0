"""Positive example for response-header-from-request: HTML-escaping does not remove CR/LF from a header."""
from flask import Flask, Response, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/type")
def content_type():
    value = escape(request.args.get("content_type", "text/plain"))
    return Response("ok", headers={"Content-Type": value})
