import os
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

REPORT_ROOT = "/var/lib/reports"


class ReportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        requested = query.get("path", [""])[0]
        if not requested.startswith("monthly/"):
            self.send_error(403, "only monthly reports are published")
            return
        target = os.path.join(REPORT_ROOT, requested)
        try:
            with open(target, "rb") as fh:
                body = fh.read()
        except OSError:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), ReportHandler).serve_forever()
