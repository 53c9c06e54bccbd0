"""Positive example for regex-pattern-from-request: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

import re
@app.route("/grep")
def grep():
    needle = request.args.get("q")
    return str(re.search(needle, "some text"))
