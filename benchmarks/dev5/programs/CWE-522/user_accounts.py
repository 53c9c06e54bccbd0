"""Simple account storage for the intranet wiki."""
import os
import sqlite3

from bottle import Bottle, request, response

app = Bottle()
COOKIE_SECRET = os.environ["WIKI_COOKIE_SECRET"]
conn = sqlite3.connect("wiki_users.db", check_same_thread=False)
conn.execute("CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, password TEXT, email TEXT)")


def create_user(name, password, email):
    conn.execute("INSERT INTO users (name, password, email) VALUES (?, ?, ?)", (name, password, email))
    conn.commit()


def check_login(name, password):
    row = conn.execute("SELECT password FROM users WHERE name = ?", (name,)).fetchone()
    return row is not None and row[0] == password


@app.post("/register")
def register():
    create_user(request.forms.get("name"), request.forms.get("password"), request.forms.get("email"))
    return {"ok": True}


@app.post("/login")
def login():
    if check_login(request.forms.get("name"), request.forms.get("password")):
        response.set_cookie("wiki_user", request.forms.get("name"), secret=COOKIE_SECRET)
        return {"ok": True}
    response.status = 401
    return {"ok": False}
