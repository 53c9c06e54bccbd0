from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


def local_target(value: str) -> str:
    if "\r" in value or "\n" in value:
        return "/"
    if not value.startswith("/") or value.startswith("//"):
        return "/"
    return value


class LoginHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        if urlparse(self.path).path == "/logout":
            target = local_target(query.get("next", ["/"])[0])
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Set-Cookie", "session=; Max-Age=0")
            self.end_headers()
            return
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")


if __name__ == "__main__":
    HTTPServer(("", 8081), LoginHandler).serve_forever()
