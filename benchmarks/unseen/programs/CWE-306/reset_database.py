import sqlite3

from flask import Flask, jsonify

app = Flask(__name__)
DB = "/var/app/app.db"


@app.post("/maintenance/reset")
def reset_database():
    conn = sqlite3.connect(DB)
    with conn:
        conn.execute("DELETE FROM orders")
        conn.execute("DELETE FROM customers")
        conn.execute("INSERT INTO customers(name) VALUES ('demo')")
    conn.close()
    return jsonify(status="reset")


@app.get("/health")
def health():
    return jsonify(status="ok")
