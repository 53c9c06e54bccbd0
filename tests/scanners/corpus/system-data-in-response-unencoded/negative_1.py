"""Negative example for system-data-in-response-unencoded: the rule must not flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

import os, json
@app.route("/files")
def files():
    names = os.listdir("/srv/data")
    return Response(json.dumps(names), mimetype="application/json")
