"""Positive example for request-data-deserialized-without-schema: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response, send_file
app = Flask(__name__)

import yaml
@app.route("/cfg", methods=["POST"])
def cfg():
    body = request.get_data()
    return str(yaml.safe_load(body))
