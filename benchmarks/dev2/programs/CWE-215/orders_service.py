import sqlite3

from flask import Flask, jsonify

app = Flask(__name__)
app.config.update(DATABASE="/srv/orders/orders.db")


@app.route("/orders/<int:order_id>")
def get_order(order_id):
    conn = sqlite3.connect(app.config["DATABASE"])
    row = conn.execute("SELECT id, status, total FROM orders WHERE id = ?", (order_id,)).fetchone()
    conn.close()
    return jsonify(id=row[0], status=row[1], total=row[2])


if __name__ == "__main__":
    # production entry point (systemd unit runs this file)
    app.run(host="0.0.0.0", port=80, debug=True)
