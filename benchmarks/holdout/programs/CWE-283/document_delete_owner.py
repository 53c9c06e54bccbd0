import sqlite3
from flask import Flask, session

app = Flask(__name__)
app.secret_key = "k"


@app.post("/docs/<int:doc_id>/delete")
def delete_doc(doc_id):
    if "user_id" not in session:
        return "login required", 401
    conn = sqlite3.connect("docs.db")
    conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    conn.commit()
    return "", 204
