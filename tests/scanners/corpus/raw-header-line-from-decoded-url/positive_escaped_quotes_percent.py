"""Positive example for raw-header-line-from-decoded-url: a decoded name inside filename=\"...\"."""

import socketserver
from urllib.parse import parse_qs


class ExportHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode("latin-1")
        query = line.split(" ")[1].partition("?")[2]
        name = parse_qs(query).get("name", ["export.csv"])[0]
        header = "Content-Disposition: inline; filename=\"%s\"\r\n" % name
        self.wfile.write(b"HTTP/1.0 200 OK\r\n" + header.encode("latin-1") + b"\r\n")
