"""Positive example for uncontrolled-regex-work-from-request: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

import re
@app.route("/find")
def find():
    word = request.args.get("word")
    return str(re.findall(word, "a long document"))
