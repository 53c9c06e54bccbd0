import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
STORE = "/var/lib/app/workspaces"


@app.route("/items")
def items():
    workspace = request.args.get("workspace", "main")
    conn = sqlite3.connect(STORE + "/" + workspace + ".sqlite")
    return jsonify(conn.execute("SELECT name FROM items").fetchall())
