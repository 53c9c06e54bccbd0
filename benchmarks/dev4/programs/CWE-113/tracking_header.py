import re
from http.server import BaseHTTPRequestHandler, HTTPServer

TOKEN_RE = re.compile(r"^[A-Za-z0-9-]{1,64}$")


def request_id_from(headers):
    value = headers.get("X-Request-Id", "")
    if TOKEN_RE.fullmatch(value):
        return value
    return None


class EchoHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        rid = request_id_from(self.headers)
        body = b"pong\n"
        self.send_response(200)
        if rid:
            self.send_header("X-Request-Id", rid)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8001), EchoHandler).serve_forever()
