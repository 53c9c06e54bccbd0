"""Positive example for open-redirect-from-request: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

@app.route("/go")
def go():
    target = request.args.get("next")
    return redirect(target)
