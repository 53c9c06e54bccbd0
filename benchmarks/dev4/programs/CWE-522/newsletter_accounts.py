import sqlite3

import bottle

DB = "newsletter.db"


def connect():
    conn = sqlite3.connect(DB)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS subscribers ("
        "email TEXT PRIMARY KEY, password TEXT NOT NULL, topics TEXT)"
    )
    return conn


@bottle.post("/account")
def create_account():
    email = bottle.request.forms.get("email", "").strip().lower()
    password = bottle.request.forms.get("password", "")
    topics = ",".join(bottle.request.forms.getall("topic"))
    if not email or len(password) < 10:
        bottle.abort(400, "email and a 10+ character password are required")
    with connect() as conn:
        conn.execute(
            "INSERT INTO subscribers (email, password, topics) VALUES (?, ?, ?)",
            (email, password, topics),
        )
    return {"created": email}


@bottle.post("/login")
def login():
    email = bottle.request.forms.get("email", "").strip().lower()
    password = bottle.request.forms.get("password", "")
    with connect() as conn:
        row = conn.execute(
            "SELECT password FROM subscribers WHERE email = ?", (email,)
        ).fetchone()
    if row is None or row[0] != password:
        bottle.abort(401, "invalid login")
    return {"ok": True}


if __name__ == "__main__":
    bottle.run(host="127.0.0.1", port=8080)
