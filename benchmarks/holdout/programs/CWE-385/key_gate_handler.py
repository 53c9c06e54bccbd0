import os
from http.server import BaseHTTPRequestHandler

API_KEY = os.environ["SERVICE_API_KEY"]


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.headers.get("X-Api-Key", "") != API_KEY:
            self.send_error(401)
            return
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")
