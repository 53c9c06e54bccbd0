from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs

LANGS = {"en", "de", "fr", "es"}


class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        lang = parse_qs(urlparse(self.path).query).get("lang", ["en"])[0]
        if lang not in LANGS:
            lang = "en"
        self.send_response(302)
        self.send_header("Set-Cookie", "lang=" + lang + "; Path=/; HttpOnly")
        self.send_header("Location", "/")
        self.end_headers()
