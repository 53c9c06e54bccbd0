"""Positive example for object-changed-without-ownership-check: a comment edited by id, owner unchecked."""

import sqlite3

from flask import Flask, abort, request, session

app = Flask(__name__)


@app.post("/comments/<int:comment_id>/edit")
def edit_comment(comment_id):
    if session.get("user_id") is None:
        abort(401)
    db = sqlite3.connect("blog.db")
    db.execute("UPDATE comments SET body = ? WHERE id = ?", (request.form["body"], comment_id))
    db.commit()
    return "", 204
