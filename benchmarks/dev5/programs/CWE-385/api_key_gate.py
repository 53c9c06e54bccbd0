"""Key-based access for the internal reporting API (stdlib http.server)."""
import json
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

API_KEYS = {
    name: value
    for name, value in (item.split(":", 1) for item in os.environ["REPORT_API_KEYS"].split(","))
}


def keys_match(presented: str, actual: str) -> bool:
    if len(presented) != len(actual):
        return False
    for a, b in zip(presented, actual):
        if a != b:
            return False
    return True


def client_for(presented: str):
    for client, key in API_KEYS.items():
        if keys_match(presented, key):
            return client
    return None


class ReportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        client = client_for(self.headers.get("X-Api-Key", ""))
        if client is None:
            self.send_response(401)
            self.end_headers()
            return
        body = json.dumps({"client": client, "reports": ["daily", "weekly"]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", 8088), ReportHandler).serve_forever()
