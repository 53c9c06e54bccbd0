"""Negative example for privilege-drop-incomplete: after binding port 80 the agent clears its groups and
switches real, effective and saved ids to nobody for good."""

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
    os.setgroups([])
    os.setresgid(NOBODY_GID, NOBODY_GID, NOBODY_GID)
    os.setresuid(NOBODY_UID, NOBODY_UID, NOBODY_UID)
    httpd.serve_forever()


if __name__ == "__main__":
    main()
