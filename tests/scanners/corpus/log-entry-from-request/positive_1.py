"""Positive example for log-entry-from-request: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

import logging
@app.route("/visit")
def visit():
    who = request.args.get("who")
    logging.info("visit from " + who)
    return "ok"
