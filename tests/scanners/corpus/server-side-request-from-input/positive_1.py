"""Positive example for server-side-request-from-input: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

import requests
@app.route("/fetch")
def fetch():
    host = request.args.get("host")
    return requests.get("https://" + host + "/status").text
