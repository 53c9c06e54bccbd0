import os
from http.server import HTTPServer, SimpleHTTPRequestHandler

SITE_ROOT = "/srv/site"


class SiteHandler(SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=SITE_ROOT, **kwargs)

    def do_GET(self):
        if self.path in ("/", "/index.html"):
            if self.headers.get("Cookie", "").find("member=1") == -1:
                self.send_response(302)
                self.send_header("Location", "/join.html")
                self.end_headers()
                return
        super().do_GET()


if __name__ == "__main__":
    os.makedirs(os.path.join(SITE_ROOT, "members"), exist_ok=True)
    HTTPServer(("0.0.0.0", 8000), SiteHandler).serve_forever()
