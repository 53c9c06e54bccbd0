import os
import sqlite3

from flask import Flask, jsonify, abort

app = Flask(__name__)
app.config.update(
    DATABASE=os.environ.get("ORDERS_DB", "/srv/orders/orders.db"),
    DEBUG=os.environ.get("FLASK_DEBUG") == "1",
)


@app.route("/orders/<int:order_id>")
def get_order(order_id):
    conn = sqlite3.connect(app.config["DATABASE"])
    try:
        row = conn.execute("SELECT id, status, total FROM orders WHERE id = ?", (order_id,)).fetchone()
    finally:
        conn.close()
    if row is None:
        abort(404)
    return jsonify(id=row[0], status=row[1], total=row[2])


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000, debug=app.config["DEBUG"])
