"""Positive example for system-data-in-response-unencoded: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

import os
@app.route("/files")
def files():
    names = os.listdir("/srv/data")
    return Response("<br>".join(names))
