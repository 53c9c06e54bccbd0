"""Build an RSS feed from blog posts stored in sqlite."""
import sqlite3
from datetime import datetime
from email.utils import format_datetime


class FeedBuilder:
    def __init__(self, site_title, site_url):
        self.site_title = site_title
        self.site_url = site_url.rstrip("/")
        self.items = []

    def add(self, title, slug, summary, published):
        self.items.append(
            "<item>"
            f"<title>{title}</title>"
            f"<link>{self.site_url}/posts/{slug}</link>"
            f"<description>{summary}</description>"
            f"<pubDate>{format_datetime(published)}</pubDate>"
            "</item>"
        )

    def render(self):
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<rss version="2.0"><channel>'
            f"<title>{self.site_title}</title><link>{self.site_url}</link>"
            + "".join(self.items)
            + "</channel></rss>"
        )


def build_feed(db_path, out_path):
    builder = FeedBuilder("Team Blog", "https://blog.example.com")
    with sqlite3.connect(db_path) as conn:
        # posts are written by any registered author through the CMS
        for title, slug, summary, ts in conn.execute(
                "SELECT title, slug, summary, published FROM posts ORDER BY published DESC LIMIT 20"):
            builder.add(title, slug, summary, datetime.fromisoformat(ts))
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write(builder.render())


if __name__ == "__main__":
    build_feed("blog.db", "public/feed.xml")
