"""Highlight a visitor's search words in article text."""
import re

import tornado.ioloop
import tornado.web
from tornado.escape import xhtml_escape

ARTICLES = {"1": "Release notes for version 4.2: faster sync, new export formats."}


class Highlighter:
    def __init__(self, words):
        self.words = [w for w in words.split() if w][:10]

    def pattern(self):
        return "(" + "|".join(re.escape(w) for w in self.words) + ")"

    def apply(self, text):
        if not self.words:
            return xhtml_escape(text)
        parts = re.split(self.pattern(), text, flags=re.IGNORECASE)
        out = []
        for i, part in enumerate(parts):
            out.append(f"<mark>{xhtml_escape(part)}</mark>" if i % 2 else xhtml_escape(part))
        return "".join(out)


class ArticleHandler(tornado.web.RequestHandler):
    def get(self, article_id):
        text = ARTICLES.get(article_id)
        if text is None:
            raise tornado.web.HTTPError(404)
        self.write(Highlighter(self.get_argument("q", "")).apply(text))


if __name__ == "__main__":
    tornado.web.Application([(r"/articles/(\w+)", ArticleHandler)]).listen(8888)
    tornado.ioloop.IOLoop.current().start()
