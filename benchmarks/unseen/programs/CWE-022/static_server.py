from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import unquote, urlparse

DOC_ROOT = "/srv/www"


class StaticHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        path = unquote(urlparse(self.path).path)
        full = DOC_ROOT + path
        try:
            with open(full, "rb") as fh:
                body = fh.read()
        except OSError:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), StaticHandler).serve_forever()
