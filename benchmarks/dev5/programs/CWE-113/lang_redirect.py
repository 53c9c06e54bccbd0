from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs


class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        lang = query.get("lang", ["en"])[0]
        self.send_response(302)
        self.send_header("Location", "/" + lang + "/home")
        self.send_header("Set-Cookie", "lang=" + lang + "; Path=/")
        self.end_headers()


if __name__ == "__main__":
    ThreadingHTTPServer(("", 8080), LangHandler).serve_forever()
