import secrets
import sqlite3
from datetime import datetime, timedelta, timezone


class ShareLinkService:
    def __init__(self, db_path: str = "shares.db"):
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS shares (slug TEXT PRIMARY KEY, file_id TEXT, expires TEXT)"
        )

    def create(self, file_id: str, days: int = 7) -> str:
        slug = secrets.token_urlsafe(24)
        expires = datetime.now(timezone.utc) + timedelta(days=days)
        self.conn.execute("INSERT INTO shares VALUES (?, ?, ?)", (slug, file_id, expires.isoformat()))
        self.conn.commit()
        return slug

    def resolve(self, slug: str):
        row = self.conn.execute("SELECT file_id, expires FROM shares WHERE slug = ?", (slug,)).fetchone()
        if row is None or datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
            return None
        return row[0]
