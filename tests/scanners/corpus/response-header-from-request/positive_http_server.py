"""Positive example for response-header-from-request: http.server echoes a query value into a header."""
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlsplit(self.path).query)
        tag = params.get("tag", [""])[0]
        self.send_response(200)
        self.send_header("X-Tag", tag)
        self.end_headers()
