"""Positive example for os-command-built-from-input: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

import os
@app.route("/ping")
def ping():
    host = request.args.get("host")
    os.system("ping -c 1 " + host)
    return "ok"
