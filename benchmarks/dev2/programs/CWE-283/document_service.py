import os
import sqlite3

from flask import Flask, abort, g, jsonify, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


def db():
    if "db" not in g:
        g.db = sqlite3.connect("docs.db")
    return g.db


@app.before_request
def require_login():
    if "user_id" not in session:
        abort(401)


@app.route("/documents/<int:doc_id>", methods=["DELETE"])
def delete_document(doc_id):
    conn = db()
    row = conn.execute("SELECT owner_id FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        abort(404)
    if row[0] != session["user_id"]:
        abort(403)
    conn.execute("DELETE FROM documents WHERE id = ? AND owner_id = ?", (doc_id, session["user_id"]))
    conn.commit()
    return jsonify(deleted=doc_id)
