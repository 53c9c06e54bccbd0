"""Highlight search keywords in article snippets (Bottle app)."""
import html
import re

import bottle

ARTICLES = {}


def highlight(text, keywords):
    words = [re.escape(w) for w in keywords if w][:10]
    if not words:
        return html.escape(text)
    pattern = re.compile("(" + "|".join(words) + ")", re.IGNORECASE)
    parts = pattern.split(text)
    out = []
    for i, part in enumerate(parts):
        escaped = html.escape(part)
        out.append(f"<mark>{escaped}</mark>" if i % 2 else escaped)
    return "".join(out)


@bottle.get("/articles/<article_id>")
def show(article_id):
    article = ARTICLES.get(article_id)
    if article is None:
        bottle.abort(404)
    q = bottle.request.query.getunicode("q", default="")[:200]
    return highlight(article["body"], q.split())
