import sqlite3
import sys


def build_feed(db_path: str) -> str:
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT id, title, author FROM posts ORDER BY id DESC LIMIT 20").fetchall()
    conn.close()
    parts = ['<?xml version="1.0"?>', "<rss version=\"2.0\"><channel><title>Blog</title>"]
    for post_id, title, author in rows:
        parts.append(
            "<item><title>" + title + "</title><author>" + author + "</author>"
            + "<link>https://blog.example/p/" + str(post_id) + "</link></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(build_feed(sys.argv[1]))
