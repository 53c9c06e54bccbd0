"""Negative example for server-side-request-from-input: the rule must not flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

import requests
@app.route("/fetch")
def fetch():
    user = request.args.get("user")
    if not user.isalnum():
        return "bad user", 400
    return requests.get("https://api.github.com/users/" + user).text
