import hashlib
import sqlite3

from flask import Flask, request, abort

app = Flask(__name__)
db = sqlite3.connect("users.db", check_same_thread=False)


@app.post("/register")
def register():
    username = request.form["username"]
    digest = hashlib.md5(request.form["password"].encode()).hexdigest()
    db.execute("INSERT INTO users(username, pw) VALUES (?, ?)", (username, digest))
    db.commit()
    return "created", 201


@app.post("/login")
def login():
    row = db.execute("SELECT pw FROM users WHERE username = ?", (request.form["username"],)).fetchone()
    if row is None or row[0] != hashlib.md5(request.form["password"].encode()).hexdigest():
        abort(401)
    return "ok"
