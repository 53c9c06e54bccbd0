"""Positive example for incomplete-url-allow-check: the rule must flag this."""
from flask import Flask, request, redirect
app = Flask(__name__)

@app.route("/out")
def out():
    url = request.args.get("url", "")
    if "example.com" in url:
        return redirect(url)
    return "no", 400
