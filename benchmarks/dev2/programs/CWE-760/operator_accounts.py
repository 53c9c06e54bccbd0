import hashlib
import hmac
import secrets
import sqlite3


class OperatorAccounts:
    def __init__(self, path: str = "operators.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS operators (username TEXT PRIMARY KEY, salt BLOB, pw BLOB)"
        )

    @staticmethod
    def _hash(password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)

    def add(self, username: str, password: str) -> None:
        salt = secrets.token_bytes(16)
        self.conn.execute(
            "INSERT INTO operators (username, salt, pw) VALUES (?, ?, ?)",
            (username, salt, self._hash(password, salt)),
        )
        self.conn.commit()

    def check(self, username: str, password: str) -> bool:
        row = self.conn.execute(
            "SELECT salt, pw FROM operators WHERE username = ?", (username,)
        ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(stored, self._hash(password, salt))


if __name__ == "__main__":
    import getpass

    accounts = OperatorAccounts()
    accounts.add(input("username: "), getpass.getpass())
