import http.server
import json
import urllib.parse
import xml.etree.ElementTree as ET

CATALOG = ET.parse("library.xml").getroot()
FIELDS = ("author", "genre", "year")


def matching_titles(params: dict) -> list[str]:
    wanted = {k: params[k][0] for k in FIELDS if k in params}
    titles = []
    for book in CATALOG.iterfind("./book"):
        if all((book.findtext(k) or "") == v for k, v in wanted.items()):
            titles.append(book.findtext("title"))
    return titles


class LibraryHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        params = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
        body = json.dumps(matching_titles(params)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    http.server.HTTPServer(("127.0.0.1", 8000), LibraryHandler).serve_forever()
