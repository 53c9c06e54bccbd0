"""Negative example for html-template-filled-by-string-replace: the rule must not flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

from markupsafe import escape
@app.route("/card")
def card():
    who = escape(request.args.get("who"))
    with open("templates/card.html") as f:
        page = f.read()
    return page.replace("{{who}}", who)
