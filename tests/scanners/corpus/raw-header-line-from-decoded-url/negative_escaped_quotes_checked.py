"""Negative example for raw-header-line-from-decoded-url: CR/LF in the decoded name is rejected."""

import socketserver
from urllib.parse import parse_qs


class ExportHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode("latin-1")
        query = line.split(" ")[1].partition("?")[2]
        name = parse_qs(query).get("name", ["export.csv"])[0]
        if "\r" in name or "\n" in name:
            self.wfile.write(b"HTTP/1.0 400 Bad Request\r\n\r\n")
            return
        header = "Content-Disposition: inline; filename=\"%s\"\r\n" % name
        self.wfile.write(b"HTTP/1.0 200 OK\r\n" + header.encode("latin-1") + b"\r\n")
