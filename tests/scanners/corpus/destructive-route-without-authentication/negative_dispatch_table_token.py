"""Negative example for destructive-route-without-authentication: the dispatching handler requires the
operator token (compared in constant time) before running any operation."""

import hmac
import os
import shutil
from http.server import BaseHTTPRequestHandler, HTTPServer

OPERATOR_TOKEN = os.environ["OPERATOR_TOKEN"]


def wipe_spool():
    shutil.rmtree("/var/spool/printq", ignore_errors=True)


OPERATIONS = {"/admin/wipe-spool": wipe_spool}


class AdminHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        supplied = self.headers.get("X-Operator-Token", "")
        if not hmac.compare_digest(supplied, OPERATOR_TOKEN):
            self.send_error(401)
            return
        op = OPERATIONS.get(self.path)
        if op is None:
            self.send_error(404)
            return
        op()
        self.send_response(204)
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 9000), AdminHandler).serve_forever()
