"""Tiny reverse proxy: authenticates the session, then forwards to the internal API with X-User set."""
import http.client
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

UPSTREAM = ("127.0.0.1", 9001)
SESSIONS = {"abc123": "alice"}


def build_upstream_headers(user, incoming):
    headers = [("X-User", user), ("Host", "internal-api")]
    for name, value in incoming.items():
        if name.lower() in ("host", "cookie", "connection"):
            continue
        headers.append((name, value))
    return headers


class ProxyHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        cookie = self.headers.get("Cookie", "")
        sid = cookie.partition("sid=")[2].split(";")[0]
        user = SESSIONS.get(sid)
        if user is None:
            self.send_error(401)
            return
        headers = dict(build_upstream_headers(user, self.headers))
        conn = http.client.HTTPConnection(*UPSTREAM, timeout=10)
        conn.request("GET", self.path, headers=headers)
        resp = conn.getresponse()
        body = resp.read()
        self.send_response(resp.status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8080), ProxyHandler).serve_forever()
