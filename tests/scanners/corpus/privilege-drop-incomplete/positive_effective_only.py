"""Positive example for privilege-drop-incomplete: an HTTP agent binds port 80 as root, then only lowers
its effective ids; the real and saved uid stay 0, so code in a handler can seteuid(0) again."""

import os
from http.server import BaseHTTPRequestHandler, HTTPServer

NOBODY_UID = 65534
NOBODY_GID = 65534


class Agent(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")


def main():
    httpd = HTTPServer(("", 80), Agent)
    os.setegid(NOBODY_GID)
    os.seteuid(NOBODY_UID)
    httpd.serve_forever()


if __name__ == "__main__":
    main()
