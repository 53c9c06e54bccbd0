"""A stdlib http.server endpoint runs the client's 'expr' query value as a regex over a document."""
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

DOCUMENT = open(__file__, encoding="utf-8").read()


class FindHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlsplit(self.path).query)
        expr = query.get("expr", [""])[0]
        count = len(re.findall(expr, DOCUMENT))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(str(count).encode())


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", 8000), FindHandler).serve_forever()
