"""Positive example for html-template-filled-by-string-replace: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

@app.route("/card")
def card():
    who = request.args.get("who")
    with open("templates/card.html") as f:
        page = f.read()
    return page.replace("{{who}}", who)
