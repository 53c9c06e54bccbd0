"""Kiosk content daemon: serves the signage playlist and accepts uploads from the LAN."""
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

PLAYLIST = "/var/lib/kiosk/playlist.json"
PIDFILE = "/var/run/kiosk.pid"


class KioskHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        with open(PLAYLIST, "rb") as fh:
            body = fh.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self):
        length = int(self.headers.get("Content-Length", 0))
        data = json.loads(self.rfile.read(length))
        with open(PLAYLIST, "w") as fh:
            json.dump(data, fh)
        self.send_response(204)
        self.end_headers()


def main():
    if os.geteuid() != 0:
        sys.exit("kiosk daemon must be started as root")
    with open(PIDFILE, "w") as fh:
        fh.write(str(os.getpid()))
    server = HTTPServer(("0.0.0.0", 80), KioskHandler)
    server.serve_forever()


if __name__ == "__main__":
    main()
