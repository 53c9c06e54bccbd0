"""Positive: an http.server handler opens the file named in the query string, joined to its folder without any confinement."""
import os
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

LOG_DIR = "/var/log/app"


class LogViewer(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlsplit(self.path).query)
        name = params.get("log", ["app.log"])[0]
        with open(os.path.join(LOG_DIR, name), "rb") as fh:
            data = fh.read()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(data)
