import mimetypes
import os
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import unquote, urlparse


class ThemeStore:
    def __init__(self, root):
        self.root = root

    def clean(self, name):
        # strip directory climbing from the requested name
        return name.replace("../", "").lstrip("/")

    def read(self, name):
        full = os.path.join(self.root, self.clean(name))
        with open(full, "rb") as fh:
            return fh.read()


STORE = ThemeStore("/var/www/themes")


class AssetHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        parsed = urlparse(self.path)
        if not parsed.path.startswith("/assets/"):
            self.send_error(404)
            return
        name = unquote(parsed.path[len("/assets/"):])
        try:
            data = STORE.read(name)
        except OSError:
            self.send_error(404)
            return
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8080), AssetHandler).serve_forever()
