import sqlite3

from flask import Flask, abort, jsonify
from flask_login import LoginManager, login_required

app = Flask(__name__)
login_manager = LoginManager(app)
PUBLIC_FIELDS = ("id", "display_name", "avatar_url")


@app.get("/members/<int:member_id>")
@login_required
def member_card(member_id):
    conn = sqlite3.connect("members.db")
    row = conn.execute(
        "SELECT id, display_name, avatar_url FROM members WHERE id = ?", (member_id,)
    ).fetchone()
    conn.close()
    if row is None:
        abort(404)
    return jsonify(dict(zip(PUBLIC_FIELDS, row)))
