import sqlite3
from functools import wraps

from flask import Flask, jsonify, session, abort

app = Flask(__name__)
DB = "/var/app/app.db"


def admin_only(view):
    @wraps(view)
    def inner(*args, **kwargs):
        if not session.get("user_id"):
            abort(401)
        if session.get("role") != "admin":
            abort(403)
        return view(*args, **kwargs)
    return inner


@app.post("/maintenance/reset")
@admin_only
def reset_database():
    conn = sqlite3.connect(DB)
    with conn:
        conn.execute("DELETE FROM orders")
        conn.execute("DELETE FROM customers")
        conn.execute("INSERT INTO customers(name) VALUES ('demo')")
    conn.close()
    return jsonify(status="reset")
