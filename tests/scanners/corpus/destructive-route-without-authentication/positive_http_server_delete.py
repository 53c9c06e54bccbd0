"""Positive example for destructive-route-without-authentication: an http.server DELETE wipes uploads."""

import shutil
from http.server import BaseHTTPRequestHandler, HTTPServer


class Admin(BaseHTTPRequestHandler):
    def do_DELETE(self):
        if self.path == "/uploads":
            shutil.rmtree("/srv/uploads")
        self.send_response(204)
        self.end_headers()


HTTPServer(("", 8080), Admin).serve_forever()
