"""Positive example for python-code-built-from-input: a constant table exists, but an unknown key
makes the request's own text the evaluated expression."""
from flask import Flask, request

app = Flask(__name__)
SHORTCUTS = {"pi": "3.14159", "e": "2.71828"}


@app.get("/value")
def value():
    wanted = request.args.get("expr", "")
    return str(eval(SHORTCUTS.get(wanted, wanted)))
