import hashlib
import hmac
import os
import sqlite3


class StaffDirectory:
    ITERATIONS = 310_000

    def __init__(self, path="staff.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS staff (login TEXT PRIMARY KEY, salt BLOB, digest BLOB)"
        )

    def _derive(self, password, salt):
        return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, self.ITERATIONS)

    def add(self, login, password):
        salt = os.urandom(16)
        with self.conn:
            self.conn.execute(
                "INSERT INTO staff (login, salt, digest) VALUES (?, ?, ?)",
                (login, salt, self._derive(password, salt)),
            )

    def verify(self, login, password):
        row = self.conn.execute(
            "SELECT salt, digest FROM staff WHERE login = ?", (login,)
        ).fetchone()
        if row is None:
            return False
        salt, digest = row
        return hmac.compare_digest(digest, self._derive(password, salt))
