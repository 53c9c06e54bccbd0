"""Negative example for response-header-from-request: request data goes to the body, the header is a constant."""
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/note")
def note():
    text = request.args.get("text", "")
    return Response(text, mimetype="text/plain")
