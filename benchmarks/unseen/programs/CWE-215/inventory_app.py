import os

from flask import Flask, jsonify

from inventory.db import list_items

app = Flask(__name__)


@app.route("/items")
def items():
    return jsonify(list_items())


if __name__ == "__main__":
    debug = os.environ.get("FLASK_DEBUG", "0") == "1"
    app.run(host="127.0.0.1", port=5000, debug=debug)
