"""Positive: a Tornado handler concatenates get_argument() into the HTML it writes (basic XSS)."""
import tornado.web


class ProfileHandler(tornado.web.RequestHandler):
    def get(self):
        nick = self.get_query_argument("nick", "guest")
        self.write("<div class='nick'>" + nick + "</div>")
