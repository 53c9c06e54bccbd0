import json
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

STATUS = {"api": "operational", "billing": "degraded"}


class FeedHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        component = params.get("component", ["api"])[0]
        note = params.get("note", [""])[0]
        payload = json.dumps({
            "component": component,
            "state": STATUS.get(component, "unknown"),
            "note": note,
        }).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), FeedHandler).serve_forever()
