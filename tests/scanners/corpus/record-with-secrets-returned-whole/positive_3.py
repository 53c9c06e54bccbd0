"""Positive example for record-with-secrets-returned-whole: the environment is returned."""

import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/debug/env")
def env():
    return jsonify(dict(os.environ))
