"""Positive example for reflected-xss-from-request: http.server writes a query value into HTML."""

from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse


class Hello(BaseHTTPRequestHandler):
    def do_GET(self):
        name = parse_qs(urlparse(self.path).query).get("name", [""])[0]
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(f"<h1>Hi {name}</h1>".encode())
