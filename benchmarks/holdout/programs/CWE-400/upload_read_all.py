from http.server import BaseHTTPRequestHandler, HTTPServer
import hashlib


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)
        digest = hashlib.sha256(body).hexdigest()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(digest.encode())


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8080), Handler).serve_forever()
