from http.server import BaseHTTPRequestHandler, HTTPServer
import re

_TOKEN = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class TraceHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        trace_id = self.headers.get("X-Trace-Id", "")
        if not _TOKEN.match(trace_id):
            trace_id = "generated-0001"
        body = b"pong\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("X-Trace-Id", trace_id)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8081), TraceHandler).serve_forever()
