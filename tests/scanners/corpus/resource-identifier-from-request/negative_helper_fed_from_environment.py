"""Negative example for resource-identifier-from-request: the module imported by the helper is
named by deployment configuration, not by the request."""
import importlib
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


def plugin(dotted):
    return importlib.import_module(dotted)


@app.get("/render")
def render():
    renderer = plugin(os.environ.get("RENDERER", "renderers.plain"))
    return jsonify(html=renderer.render(request.args.get("text", "")))
