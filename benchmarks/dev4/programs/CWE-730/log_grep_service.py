"""Small HTTP service that lets support staff grep recent application logs."""
import json
import re
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

LOG_FILE = "/var/log/app/current.log"


def matching_lines(pattern, limit=200):
    regex = re.compile(pattern)
    hits = []
    with open(LOG_FILE, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if regex.search(line):
                hits.append(line.rstrip("\n"))
                if len(hits) >= limit:
                    break
    return hits


class GrepHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        pattern = params.get("q", [""])[0]
        try:
            hits = matching_lines(pattern)
        except re.error as exc:
            self.send_error(400, f"invalid pattern: {exc}")
            return
        body = json.dumps({"count": len(hits), "lines": hits}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8070), GrepHandler).serve_forever()
