import sqlite3
from flask import Flask, session, abort

app = Flask(__name__)
app.secret_key = "k"


@app.post("/docs/<int:doc_id>/delete")
def delete_doc(doc_id):
    if "user_id" not in session:
        return "login required", 401
    conn = sqlite3.connect("docs.db")
    cur = conn.execute("DELETE FROM documents WHERE id = ? AND owner_id = ?", (doc_id, session["user_id"]))
    conn.commit()
    if cur.rowcount == 0:
        abort(404)
    return "", 204
