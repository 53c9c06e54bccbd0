import json
import socketserver
from http.server import BaseHTTPRequestHandler


class WikiHandler(BaseHTTPRequestHandler):
    pages = {"/": "Welcome to the team wiki"}

    def do_GET(self):
        body = json.dumps({"page": self.path, "text": self.pages.get(self.path, "")}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self):
        length = int(self.headers.get("Content-Length", 0))
        self.pages[self.path] = self.rfile.read(length).decode("utf-8", "replace")
        self.send_response(204)
        self.end_headers()


class WikiServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True


def main():
    # port 80 requires root; started by init as root
    server = WikiServer(("0.0.0.0", 80), WikiHandler)
    print("wiki listening on :80")
    server.serve_forever()


if __name__ == "__main__":
    main()
