from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

STATUS = {"api": "operational", "billing": "degraded"}


def to_json(component, state, note):
    return '{"component": "' + component + '", "state": "' + state + '", "note": "' + note + '"}'


class FeedHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        component = params.get("component", ["api"])[0]
        note = params.get("note", [""])[0]
        state = STATUS.get(component, "unknown")
        payload = to_json(component, state, note).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8000), FeedHandler).serve_forever()
