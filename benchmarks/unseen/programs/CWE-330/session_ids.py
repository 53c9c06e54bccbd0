import random
from http import cookies
from http.server import BaseHTTPRequestHandler, HTTPServer

SESSIONS: dict[str, dict] = {}


class App(BaseHTTPRequestHandler):
    def do_GET(self):
        jar = cookies.SimpleCookie(self.headers.get("Cookie", ""))
        sid = jar["sid"].value if "sid" in jar else None
        if sid not in SESSIONS:
            sid = str(random.randint(10**15, 10**16 - 1))
            SESSIONS[sid] = {"visits": 0}
        SESSIONS[sid]["visits"] += 1
        self.send_response(200)
        self.send_header("Set-Cookie", f"sid={sid}; HttpOnly; Secure")
        self.end_headers()
        self.wfile.write(f"visits: {SESSIONS[sid]['visits']}".encode())


if __name__ == "__main__":
    HTTPServer(("", 8080), App).serve_forever()
