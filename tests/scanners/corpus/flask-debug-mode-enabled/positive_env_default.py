"""Positive example for flask-debug-mode-enabled: debug stays on unless the environment turns it off."""

import os

from flask import Flask

app = Flask(__name__)

if __name__ == "__main__":
    app.run(debug=os.environ.get("APP_DEBUG", True))
