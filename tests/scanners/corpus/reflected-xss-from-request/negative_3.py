"""Negative example for reflected-xss-from-request: a plain-text or JSON response is not parsed as HTML."""
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    said = request.args.get("said", "")
    return Response(said, mimetype="text/plain")


@app.route("/echo.json")
def echo_json():
    said = request.args.get("said", "")
    return Response('{"said": "%s"}' % said, content_type="application/json; charset=utf-8")
