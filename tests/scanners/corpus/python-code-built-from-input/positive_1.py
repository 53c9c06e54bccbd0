"""Positive example for python-code-built-from-input: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

@app.route("/calc")
def calc():
    expr = request.args.get("expr")
    return str(eval(expr))
