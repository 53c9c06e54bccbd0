from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse

LINKS = {
    "docs": "https://docs.example.com/",
    "status": "https://status.example.com/",
    "blog": "https://example.com/blog",
}


class ShortLinkHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        code = urlparse(self.path).path.strip("/")
        target = LINKS.get(code)
        if target is None:
            self.send_error(404)
            return
        self.send_response(301)
        self.send_header("Location", target)
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8081), ShortLinkHandler).serve_forever()
