"""Negative example for reflected-xss-from-request: the value is escaped before it enters the HTML."""

import html
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse


class Hello(BaseHTTPRequestHandler):
    def do_GET(self):
        name = parse_qs(urlparse(self.path).query).get("name", [""])[0]
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(f"<h1>Hi {html.escape(name)}</h1>".encode())
