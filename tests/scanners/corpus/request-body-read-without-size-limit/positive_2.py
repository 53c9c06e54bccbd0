"""Positive example for request-body-read-without-size-limit: an upload read whole with no limit."""

from flask import Flask, request

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    data = f.read()
    return str(len(data))
