"""Negative example for python-code-built-from-input: the module suffix is checked against an allow-list."""
import importlib

from flask import Flask, request

app = Flask(__name__)

SUPPORTED = {"2", "3"}


@app.route("/load")
def load():
    version = request.args.get("version")
    if version in SUPPORTED:
        importlib.import_module(f"urllib{version}")
        return "loaded"
    return "unsupported", 400
