import hashlib
import os
import sqlite3


def register(db: sqlite3.Connection, email: str, password: str) -> None:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    db.execute(
        "INSERT INTO users (email, salt, pw_hash) VALUES (?, ?, ?)",
        (email, salt.hex(), digest.hex()),
    )
    db.commit()


def verify(db: sqlite3.Connection, email: str, password: str) -> bool:
    row = db.execute("SELECT salt, pw_hash FROM users WHERE email = ?", (email,)).fetchone()
    if row is None:
        return False
    digest = hashlib.scrypt(password.encode(), salt=bytes.fromhex(row[0]), n=2**14, r=8, p=1)
    return digest.hex() == row[1]
