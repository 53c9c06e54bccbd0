"""Positive example for password-set-without-verification: any account's password set by username."""

import sqlite3

from bottle import Bottle, request

app = Bottle()


@app.post("/forgot")
def forgot():
    name = request.forms["username"]
    digest = request.forms["new_password"]
    db = sqlite3.connect("site.db")
    db.execute("UPDATE members SET password = ? WHERE username = ?", (digest, name))
    db.commit()
    return {"ok": True}
