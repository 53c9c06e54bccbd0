"""An http.server handler passes a query value to a helper that compiles it, but only after checking
that the value is digits only, so no regex metacharacter can reach the pattern."""
import re
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse

LINES = ["order 1001 shipped", "order 1002 pending"]


def lines_with(fragment):
    rx = re.compile(fragment)
    return [line for line in LINES if rx.search(line)]


class OrderHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        number = parse_qs(urlparse(self.path).query).get("order", [""])[0]
        if not number.isdigit():
            self.send_error(400)
            return
        body = "\n".join(lines_with(number)).encode()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)
