from http.server import BaseHTTPRequestHandler, HTTPServer
import hashlib

MAX_BODY = 10 * 1024 * 1024


class Handler(BaseHTTPRequestHandler):
    timeout = 30

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        if length < 0 or length > MAX_BODY:
            self.send_error(413)
            return
        h = hashlib.sha256()
        remaining = length
        while remaining:
            chunk = self.rfile.read(min(65536, remaining))
            if not chunk:
                break
            h.update(chunk)
            remaining -= len(chunk)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(h.hexdigest().encode())


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8080), Handler).serve_forever()
