"""A management script creates a database user from a getpass prompt and bcrypt-hashes whatever is
typed, with no length or strength requirement (only that both prompts agree)."""
import getpass
import sqlite3

import bcrypt


def add_admin(db_path, login):
    secret = getpass.getpass("New password: ")
    if secret != getpass.getpass("Repeat: "):
        raise SystemExit("passwords differ")
    hashed = bcrypt.hashpw(secret.encode(), bcrypt.gensalt())
    with sqlite3.connect(db_path) as db:
        db.execute("INSERT INTO admins (login, pw) VALUES (?, ?)", (login, hashed))
