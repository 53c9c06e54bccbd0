"""Negative example for request-data-deserialized-without-schema: the rule must not flag this."""
from flask import Flask, request, make_response, redirect, Response, send_file
app = Flask(__name__)

import yaml
@app.route("/cfg")
def cfg():
    with open("config.yaml") as f:
        return str(yaml.safe_load(f))
