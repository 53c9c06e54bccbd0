import hashlib
import secrets
import sqlite3
import sys


def create_api_key(db: sqlite3.Connection, owner: str) -> str:
    key = secrets.token_hex(32)
    digest = hashlib.sha256(key.encode()).hexdigest()
    db.execute("INSERT INTO api_keys(owner, key_sha256) VALUES (?, ?)", (owner, digest))
    db.commit()
    return key


if __name__ == "__main__":
    conn = sqlite3.connect("keys.db")
    conn.execute("CREATE TABLE IF NOT EXISTS api_keys(owner TEXT, key_sha256 TEXT)")
    print(create_api_key(conn, sys.argv[1]))
