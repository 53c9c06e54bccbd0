"""Negative example for reflected-xss-from-request: escaped text, a dict (JSON) and a redirect."""

from flask import Flask, redirect, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hi")
def hi():
    who = request.args.get("who", "")
    return "Hi " + escape(who)


@app.route("/echo")
def echo():
    return {"echo": request.args.get("q", "")}


@app.route("/go")
def go():
    return redirect("/home?from=" + request.args.get("src", ""))
