from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs


class BioHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        bio = qs.get("bio", [""])[0]
        page = "<html><body><div class='bio'>" + bio + "</div></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(page.encode())
