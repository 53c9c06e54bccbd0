from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

LINKS = {"docs": "https://docs.example.com/", "blog": "https://blog.example.com/"}


class RedirectHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        code = query.get("c", [""])[0]
        target = LINKS.get(code) or query.get("fallback", ["/"])[0]
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Cache-Control", "no-store")
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8080), RedirectHandler).serve_forever()
