"""Positive example for python-code-built-from-input: a dynamic import whose name the request chooses freely."""
import importlib

from flask import Flask, request

app = Flask(__name__)


@app.route("/load")
def load():
    version = request.args.get("version", "")
    if version:
        importlib.import_module("urllib" + version)
    return "loaded"
