import hashlib
import sqlite3


def create_user(conn, username, password):
    digest = hashlib.sha256(password.encode("utf-8")).hexdigest()
    conn.execute("INSERT INTO users(name, pw) VALUES (?, ?)", (username, digest))
    conn.commit()


def check_user(conn, username, password):
    row = conn.execute("SELECT pw FROM users WHERE name = ?", (username,)).fetchone()
    return row is not None and row[0] == hashlib.sha256(password.encode("utf-8")).hexdigest()
