"""Negative example for log-entry-from-request: the rule must not flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

import logging
@app.route("/visit")
def visit():
    who = request.args.get("who", "").replace("\n", "").replace("\r", "")
    logging.info("visit from %s", who)
    return "ok"
