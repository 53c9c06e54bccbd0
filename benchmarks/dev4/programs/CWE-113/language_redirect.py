from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs, unquote


class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        if url.path != "/set-language":
            self.send_error(404)
            return
        params = parse_qs(url.query)
        lang = unquote(params.get("lang", ["en"])[0])
        back = params.get("next", ["/"])[0]
        self.send_response(302)
        self.send_header("Set-Cookie", "lang=" + lang + "; Path=/")
        self.send_header("Location", back if back.startswith("/") else "/")
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("", 8000), LangHandler).serve_forever()
