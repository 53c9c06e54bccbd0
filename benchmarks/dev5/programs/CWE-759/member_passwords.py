"""Password storage for the club membership database using argon2."""
import sqlite3

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError


class MemberPasswords:
    def __init__(self, db_path="members.db"):
        self.hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS credentials (member_id INTEGER PRIMARY KEY, phc TEXT NOT NULL)"
        )

    def set_password(self, member_id: int, password: str) -> None:
        # the PHC string embeds a fresh random salt and the parameters
        phc = self.hasher.hash(password)
        self.conn.execute(
            "INSERT OR REPLACE INTO credentials (member_id, phc) VALUES (?, ?)", (member_id, phc)
        )
        self.conn.commit()

    def check(self, member_id: int, password: str) -> bool:
        row = self.conn.execute(
            "SELECT phc FROM credentials WHERE member_id = ?", (member_id,)
        ).fetchone()
        if row is None:
            return False
        try:
            self.hasher.verify(row[0], password)
        except (VerifyMismatchError, InvalidHashError):
            return False
        if self.hasher.check_needs_rehash(row[0]):
            self.set_password(member_id, password)
        return True
