import http.server
import json
import urllib.parse
import xml.etree.ElementTree as ET

CATALOG = ET.parse("catalog.xml").getroot()


def build_filter(params):
    conditions = []
    for key in ("author", "genre", "year"):
        if key in params:
            conditions.append("[" + key + "='" + params[key][0] + "']")
    return "./book" + "".join(conditions)


class CatalogHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        url = urllib.parse.urlparse(self.path)
        params = urllib.parse.parse_qs(url.query)
        try:
            books = CATALOG.findall(build_filter(params))
        except SyntaxError:
            self.send_error(400, "invalid filter")
            return
        body = json.dumps([b.findtext("title") for b in books]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    http.server.HTTPServer(("", 8000), CatalogHandler).serve_forever()
