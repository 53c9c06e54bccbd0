"""Accepts file uploads over a plain http.server and returns their SHA-256."""
import hashlib
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_BODY = 50 * 1024 * 1024
CHUNK = 64 * 1024


class HashHandler(BaseHTTPRequestHandler):
    timeout = 30

    def _reply(self, code: int, payload: dict) -> None:
        body = json.dumps(payload).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            return self._reply(411, {"error": "length required"})
        if length < 0 or length > MAX_BODY:
            return self._reply(413, {"error": "too large"})
        digest = hashlib.sha256()
        remaining = length
        while remaining:
            chunk = self.rfile.read(min(CHUNK, remaining))
            if not chunk:
                break
            digest.update(chunk)
            remaining -= len(chunk)
        self._reply(200, {"sha256": digest.hexdigest(), "bytes": length - remaining})


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8085), HashHandler).serve_forever()
