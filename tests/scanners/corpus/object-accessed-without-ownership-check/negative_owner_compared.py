"""Negative example for object-accessed-without-ownership-check: the owner is compared with the caller."""

import sqlite3

from flask import Flask, abort, jsonify, session

app = Flask(__name__)


@app.get("/notes/<int:note_id>")
def note(note_id):
    if "user_id" not in session:
        abort(401)
    row = sqlite3.connect("notes.db").execute(
        "SELECT author_id, text FROM notes WHERE id = ?", (note_id,)
    ).fetchone()
    if row is None or row[0] != session["user_id"]:
        abort(404)
    return jsonify(text=row[1])
