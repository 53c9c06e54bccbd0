"""Negative example for response-header-from-request: only an allow-listed value reaches the header."""
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

TAGS = {"red", "green"}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlsplit(self.path).query)
        tag = params.get("tag", [""])[0]
        if tag not in TAGS:
            tag = "red"
        self.send_response(200)
        self.send_header("X-Tag", tag)
        self.end_headers()
