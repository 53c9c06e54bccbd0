import os
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "inventory service"


if __name__ == "__main__":
    dev = os.environ.get("APP_ENV") == "development"
    app.run(host="127.0.0.1", port=8000, debug=dev)
