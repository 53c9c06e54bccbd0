import hashlib
import sqlite3


class UserRepo:
    def __init__(self, path="users.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, pw_hash TEXT NOT NULL)"
        )

    @staticmethod
    def _hash(password: str) -> str:
        return hashlib.md5(password.encode("utf-8")).hexdigest()

    def register(self, name: str, password: str) -> None:
        self.conn.execute("INSERT INTO users VALUES (?, ?)", (name, self._hash(password)))
        self.conn.commit()

    def check(self, name: str, password: str) -> bool:
        row = self.conn.execute("SELECT pw_hash FROM users WHERE name = ?", (name,)).fetchone()
        return row is not None and row[0] == self._hash(password)
