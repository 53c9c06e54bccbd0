"""Negative example for open-redirect-from-request: the rule must not flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

from flask import url_for
@app.route("/go")
def go():
    return redirect(url_for("index"))
