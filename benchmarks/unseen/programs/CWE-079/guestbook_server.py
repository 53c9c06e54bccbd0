import html
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs

ENTRIES: list[str] = []


class Guestbook(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        form = parse_qs(self.rfile.read(length).decode())
        ENTRIES.append(form.get("msg", [""])[0])
        self.send_response(303)
        self.send_header("Location", "/")
        self.end_headers()

    def do_GET(self):
        rows = "".join(f"<li>{html.escape(e, quote=True)}</li>" for e in ENTRIES)
        body = f"<html><body><ul>{rows}</ul></body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("", 8000), Guestbook).serve_forever()
