import sqlite3
from dataclasses import dataclass


@dataclass
class Member:
    email: str
    password: str
    display_name: str


class MemberStore:
    def __init__(self, path="members.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS members ("
            "email TEXT PRIMARY KEY, password TEXT, display_name TEXT)"
        )

    def add(self, member: Member):
        self.conn.execute(
            "INSERT INTO members (email, password, display_name) VALUES (?, ?, ?)",
            (member.email.lower(), member.password, member.display_name),
        )
        self.conn.commit()

    def authenticate(self, email, password):
        row = self.conn.execute(
            "SELECT email, password, display_name FROM members WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row and row[1] == password:
            return Member(*row)
        return None


if __name__ == "__main__":
    store = MemberStore()
    store.add(Member(input("email: "), input("password: "), input("name: ")))
