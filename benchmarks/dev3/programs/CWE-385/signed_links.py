import hashlib
import hmac
import os
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

KEY = os.environ["LINK_SIGNING_KEY"].encode()


def sign(path, expires):
    return hmac.new(KEY, f"{path}|{expires}".encode(), hashlib.sha256).hexdigest()


def signatures_match(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x != y:
            return False
    return True


class DownloadHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        q = parse_qs(url.query)
        expires = q.get("e", ["0"])[0]
        sig = q.get("s", [""])[0]
        if not expires.isdigit() or int(expires) < time.time():
            self.send_error(403, "link expired")
            return
        if not signatures_match(sig, sign(url.path, expires)):
            self.send_error(403, "invalid signature")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(f"serving {url.path}\n".encode())


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), DownloadHandler).serve_forever()
