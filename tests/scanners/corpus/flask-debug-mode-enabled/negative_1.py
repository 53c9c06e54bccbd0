"""Negative example for flask-debug-mode-enabled: the rule must not flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

import os
if __name__ == "__main__":
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
