from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs

ENTRIES = []


class GuestbookHandler(BaseHTTPRequestHandler):
    def render(self):
        items = "\n".join(f"<li><b>{who}</b> wrote: {msg}</li>" for who, msg in ENTRIES)
        return f"<html><body><h1>Guestbook</h1><ul>{items}</ul>" \
               "<form method='post'><input name='who'><input name='msg'>" \
               "<button>Sign</button></form></body></html>"

    def do_GET(self):
        body = self.render().encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        form = parse_qs(self.rfile.read(length).decode("utf-8"))
        who = form.get("who", ["anonymous"])[0]
        msg = form.get("msg", [""])[0]
        ENTRIES.append((who, msg))
        self.send_response(303)
        self.send_header("Location", "/")
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("", 8000), GuestbookHandler).serve_forever()
