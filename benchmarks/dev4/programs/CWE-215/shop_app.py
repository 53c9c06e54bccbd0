import os
import sqlite3

from flask import Flask, jsonify

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SHOP_SECRET_KEY"]


def get_db():
    return sqlite3.connect("shop.db")


@app.route("/products/<int:pid>")
def product(pid):
    row = get_db().execute("SELECT id, name, price FROM products WHERE id = ?", (pid,)).fetchone()
    return jsonify({"id": row[0], "name": row[1], "price": row[2]})


@app.route("/health")
def health():
    return "ok"


if __name__ == "__main__":
    # public storefront, behind the load balancer on port 80
    app.run(host="0.0.0.0", port=80, debug=True)
