from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class LoginHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        next_page = params.get("next", ["/home"])[0]
        if not next_page.startswith("/"):
            next_page = "/home"
        self.send_response(302)
        self.send_header("Location", next_page)
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("", 8000), LoginHandler).serve_forever()
