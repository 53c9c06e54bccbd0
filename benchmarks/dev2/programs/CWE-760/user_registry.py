import hashlib
import hmac
import sqlite3


class UserRegistry:
    def __init__(self, path="registry.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS users (username TEXT PRIMARY KEY, pw TEXT)")

    @staticmethod
    def _hash(username, password):
        salt = username.lower().encode()
        return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 200_000).hex()

    def add(self, username, password):
        self.conn.execute(
            "INSERT INTO users (username, pw) VALUES (?, ?)",
            (username, self._hash(username, password)),
        )
        self.conn.commit()

    def check(self, username, password):
        row = self.conn.execute("SELECT pw FROM users WHERE username = ?", (username,)).fetchone()
        return row is not None and hmac.compare_digest(row[0], self._hash(username, password))


if __name__ == "__main__":
    import getpass

    reg = UserRegistry()
    name = input("username: ")
    reg.add(name, getpass.getpass())
    print("added", name)
