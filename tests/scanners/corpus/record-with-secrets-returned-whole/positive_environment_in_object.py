"""Positive example for record-with-secrets-returned-whole: an info object carries the whole environment."""

import os
import sys

from flask import Flask, jsonify

app = Flask(__name__)


class Diagnostics:
    def __init__(self):
        self.version = sys.version
        self.env = os.environ.copy()

    def to_json(self):
        return self.__dict__


@app.get("/debug/info")
def info():
    return jsonify(service="billing", diagnostics=Diagnostics().to_json())
