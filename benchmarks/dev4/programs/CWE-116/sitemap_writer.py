import sqlite3
import sys


def fetch_pages(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT slug, title, updated FROM pages WHERE published = 1").fetchall()
    finally:
        conn.close()


def render(pages, base_url):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for slug, title, updated in pages:
        # slugs and titles are entered by editors in the CMS
        out.append(f"  <url><loc>{base_url}/{slug}</loc><lastmod>{updated}</lastmod>"
                   f"<!-- {title} --></url>")
    out.append("</urlset>")
    return "\n".join(out)


if __name__ == "__main__":
    db = sys.argv[1] if len(sys.argv) > 1 else "cms.db"
    with open("sitemap.xml", "w", encoding="utf-8") as fh:
        fh.write(render(fetch_pages(db), "https://www.example.com"))
