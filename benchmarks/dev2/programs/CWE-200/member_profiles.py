import sqlite3

from flask import Flask, abort, jsonify

app = Flask(__name__)


def load_member(member_id):
    conn = sqlite3.connect("members.db")
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM members WHERE id = ?", (member_id,)).fetchone()
    finally:
        conn.close()


@app.route("/members/<int:member_id>/public")
def public_profile(member_id):
    """Public profile card shown to any visitor."""
    row = load_member(member_id)
    if row is None:
        abort(404)
    return jsonify(dict(row))


# members table: id, display_name, avatar_url, bio, email, phone,
# password_hash, date_of_birth, home_address, api_token
