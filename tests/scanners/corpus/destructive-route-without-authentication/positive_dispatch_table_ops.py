"""Positive example for destructive-route-without-authentication: an http.server POST handler runs the
operation the path names from a table of maintenance functions, with no credential check."""

import shutil
from http.server import BaseHTTPRequestHandler, HTTPServer


def wipe_spool():
    shutil.rmtree("/var/spool/printq", ignore_errors=True)


def noop():
    return None


OPERATIONS = {"/admin/wipe-spool": wipe_spool, "/admin/ping": noop}


class AdminHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        op = OPERATIONS.get(self.path)
        if op is None:
            self.send_error(404)
            return
        op()
        self.send_response(204)
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 9000), AdminHandler).serve_forever()
