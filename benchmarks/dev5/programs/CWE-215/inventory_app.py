from flask import Flask, jsonify

from .db import list_items

app = Flask(__name__)
app.config["PROPAGATE_EXCEPTIONS"] = True


@app.route("/items")
def items():
    return jsonify(list_items())


if __name__ == "__main__":
    # deployed on the shop VM behind the public load balancer
    app.run(host="0.0.0.0", port=5000, debug=True)
