"""Negative example for reflected-xss-from-request: the request value sets only the status line / headers,
or is passed to an autoescaped Flask template as a variable, never into the markup itself."""
from flask import Flask, Response, render_template_string, request

app = Flask(__name__)
PAGE = "<h1>Hello {{ who }}</h1>"


@app.route("/status")
def status():
    code = request.args.get("code", "200")
    return Response("done", status=code)


@app.route("/hello")
def hello():
    return render_template_string(PAGE, who=request.args.get("who", "guest"))
