"""Negative example for python-code-built-from-input: the rule must not flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

import ast
@app.route("/calc")
def calc():
    expr = request.args.get("expr")
    return str(ast.literal_eval(expr))
