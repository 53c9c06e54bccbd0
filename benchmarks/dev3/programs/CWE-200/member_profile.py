import sqlite3

from flask import Flask, abort, jsonify
from flask_login import LoginManager, login_required

app = Flask(__name__)
login_manager = LoginManager(app)


def db():
    conn = sqlite3.connect("members.db")
    conn.row_factory = sqlite3.Row
    return conn


@app.get("/members/<int:member_id>")
@login_required
def member_profile(member_id):
    row = db().execute("SELECT * FROM members WHERE id = ?", (member_id,)).fetchone()
    if row is None:
        abort(404)
    # columns: id, display_name, avatar_url, email, password_hash, phone, date_of_birth
    return jsonify(dict(row))
