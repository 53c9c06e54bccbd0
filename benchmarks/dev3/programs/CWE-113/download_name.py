import re
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

FILENAME_RE = re.compile(r"^[A-Za-z0-9._-]{1,80}$")


class ExportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        filename = params.get("filename", ["export.csv"])[0]
        if not FILENAME_RE.fullmatch(filename):
            filename = "export.csv"
        body = b"id,name\n1,alpha\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", f'attachment; filename="{filename}"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8002), ExportHandler).serve_forever()
