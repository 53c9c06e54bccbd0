import hashlib
import os
import sqlite3


class PasswordStore:
    def __init__(self, path="users.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS creds (username TEXT PRIMARY KEY, salt BLOB, digest TEXT)"
        )

    @staticmethod
    def _digest(salt, password):
        return hashlib.md5(salt + password.encode("utf-8")).hexdigest()

    def set_password(self, username, password):
        salt = os.urandom(16)
        self.conn.execute(
            "INSERT OR REPLACE INTO creds VALUES (?, ?, ?)",
            (username, salt, self._digest(salt, password)),
        )
        self.conn.commit()

    def verify(self, username, password):
        row = self.conn.execute(
            "SELECT salt, digest FROM creds WHERE username = ?", (username,)
        ).fetchone()
        if row is None:
            return False
        salt, digest = row
        return self._digest(salt, password) == digest


if __name__ == "__main__":
    store = PasswordStore(":memory:")
    store.set_password("erin", "correct horse battery staple")
    print(store.verify("erin", "correct horse battery staple"))
