import hashlib
import secrets
import sqlite3


def issue_api_key(conn: sqlite3.Connection, owner: str) -> str:
    key = "ak_" + secrets.token_urlsafe(32)
    digest = hashlib.sha256(key.encode()).hexdigest()
    conn.execute("INSERT INTO api_keys (owner, key_sha256) VALUES (?, ?)", (owner, digest))
    conn.commit()
    return key


def lookup_owner(conn: sqlite3.Connection, presented: str):
    digest = hashlib.sha256(presented.encode()).hexdigest()
    row = conn.execute("SELECT owner FROM api_keys WHERE key_sha256 = ?", (digest,)).fetchone()
    return row[0] if row else None
