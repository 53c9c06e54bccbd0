"""Positive example for flask-debug-mode-enabled: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

if __name__ == "__main__":
    app.run(debug=True)
