import sqlite3

from flask import Flask, abort, jsonify

app = Flask(__name__)
PUBLIC_FIELDS = ("id", "display_name", "avatar_url", "bio")


@app.route("/members/<int:member_id>/public")
def public_profile(member_id):
    """Public profile card shown to any visitor."""
    conn = sqlite3.connect("members.db")
    try:
        row = conn.execute(
            "SELECT id, display_name, avatar_url, bio FROM members WHERE id = ?",
            (member_id,),
        ).fetchone()
    finally:
        conn.close()
    if row is None:
        abort(404)
    return jsonify(dict(zip(PUBLIC_FIELDS, row)))
