import hashlib
import os
import sqlite3


class UserStore:
    def __init__(self, path="users.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, salt BLOB, hash BLOB)")

    def add(self, name, password):
        salt = os.urandom(16)
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 200_000)
        with self.conn:
            self.conn.execute("INSERT INTO users (name, salt, hash) VALUES (?, ?, ?)",
                              (name, salt, digest))

    def exists(self, name):
        row = self.conn.execute("SELECT 1 FROM users WHERE name = :n", {"n": name}).fetchone()
        return row is not None

    def search(self, prefix):
        pattern = prefix.replace("%", r"\%").replace("_", r"\_") + "%"
        cur = self.conn.execute(
            "SELECT name FROM users WHERE name LIKE ? ESCAPE '\\' ORDER BY name", (pattern,))
        return [r[0] for r in cur]


if __name__ == "__main__":
    import sys
    store = UserStore()
    if not store.exists(sys.argv[1]):
        store.add(sys.argv[1], sys.argv[2])
    print(store.search(sys.argv[1][:2]))
