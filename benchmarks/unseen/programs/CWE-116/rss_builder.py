import sqlite3
import sys
from xml.sax.saxutils import escape


def build_feed(db_path: str) -> str:
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT id, title, author FROM posts ORDER BY id DESC LIMIT 20").fetchall()
    conn.close()
    parts = ['<?xml version="1.0"?>', "<rss version=\"2.0\"><channel><title>Blog</title>"]
    for post_id, title, author in rows:
        parts.append(
            f"<item><title>{escape(title)}</title><author>{escape(author)}</author>"
            f"<link>https://blog.example/p/{int(post_id)}</link></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(build_feed(sys.argv[1]))
