"""Negative example for python-code-built-from-input: the evaluated expression is a constant; the
form value only enters the locals mapping as data."""
from flask import Flask, request

app = Flask(__name__)


@app.post("/area")
def area():
    radius = float(request.form["r"])
    return str(eval("3.14159 * r * r", {"__builtins__": {}}, {"r": radius}))
