from http.server import BaseHTTPRequestHandler, HTTPServer
from html import escape
from urllib.parse import parse_qs

NOTES = []


class WallHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        items = "".join(
            "<li><b>{}</b>: {}</li>".format(escape(author), escape(note)) for author, note in NOTES
        )
        page = f"<html><body><h1>Feedback</h1><ul>{items}</ul></body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def do_POST(self):
        size = int(self.headers.get("Content-Length", 0))
        fields = parse_qs(self.rfile.read(size).decode())
        NOTES.append((fields.get("author", ["?"])[0], fields.get("note", [""])[0]))
        self.send_response(303)
        self.send_header("Location", "/")
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), WallHandler).serve_forever()
