import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
STORE = "/var/lib/app/workspaces"
WORKSPACES = {"main", "archive"}


@app.route("/items")
def items():
    workspace = request.args.get("workspace", "main")
    if workspace not in WORKSPACES:
        abort(404)
    conn = sqlite3.connect(STORE + "/" + workspace + ".sqlite")
    return jsonify(conn.execute("SELECT name FROM items").fetchall())
