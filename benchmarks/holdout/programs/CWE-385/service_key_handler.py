import hmac
import os
from http.server import BaseHTTPRequestHandler

API_KEY = os.environ["SERVICE_API_KEY"].encode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        supplied = self.headers.get("X-Api-Key", "").encode()
        if not hmac.compare_digest(supplied, API_KEY):
            self.send_error(401)
            return
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")
