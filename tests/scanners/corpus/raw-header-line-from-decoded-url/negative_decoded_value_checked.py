"""Negative: the decoded theme value is rejected when it holds CR or LF before it enters the header line."""
import socketserver
from urllib.parse import unquote


class Theme(socketserver.StreamRequestHandler):
    def handle(self):
        target = self.rfile.readline().decode("latin-1").split(" ")[1]
        theme = unquote(target.rpartition("theme=")[2])
        if "\r" in theme or "\n" in theme:
            self.wfile.write(b"HTTP/1.0 400 Bad Request\r\n\r\n")
            return
        self.wfile.write(f"HTTP/1.0 204 No Content\r\nSet-Cookie: theme={theme}\r\n\r\n".encode("latin-1"))
