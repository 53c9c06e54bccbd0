from flask import Flask, jsonify

from inventory.db import list_items

app = Flask(__name__)


@app.route("/items")
def items():
    return jsonify(list_items())


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
