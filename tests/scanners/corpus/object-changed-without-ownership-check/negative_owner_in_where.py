"""Negative example for object-changed-without-ownership-check: the UPDATE is limited to the owner's row."""

import sqlite3

from flask import Flask, abort, request, session

app = Flask(__name__)


@app.post("/comments/<int:comment_id>/edit")
def edit_comment(comment_id):
    if session.get("user_id") is None:
        abort(401)
    db = sqlite3.connect("blog.db")
    db.execute(
        "UPDATE comments SET body = ? WHERE id = ? AND author_id = ?",
        (request.form["body"], comment_id, session["user_id"]),
    )
    db.commit()
    return "", 204
