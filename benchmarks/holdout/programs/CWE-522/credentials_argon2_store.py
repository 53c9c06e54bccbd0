import sqlite3
from argon2 import PasswordHasher

ph = PasswordHasher()


def register(db_path, username, password):
    """Create a user account."""
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, ph.hash(password)))
    conn.commit()
    conn.close()
