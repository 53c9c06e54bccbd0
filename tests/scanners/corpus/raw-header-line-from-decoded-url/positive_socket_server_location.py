"""Positive: a socket server URL-decodes the "next" parameter and writes it into a raw Location header line."""
import socketserver
from urllib.parse import parse_qs, urlsplit


class Bounce(socketserver.StreamRequestHandler):
    def handle(self):
        target = self.rfile.readline().decode("latin-1").split(" ")[1]
        nxt = parse_qs(urlsplit(target).query).get("next", ["/"])[0]
        self.wfile.write(f"HTTP/1.0 302 Found\r\nLocation: {nxt}\r\n\r\n".encode("latin-1"))


if __name__ == "__main__":
    socketserver.TCPServer(("127.0.0.1", 8088), Bounce).serve_forever()
