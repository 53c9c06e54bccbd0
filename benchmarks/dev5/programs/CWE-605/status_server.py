import json
import socketserver
import time

STARTED = time.time()


class StatusHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline(256).strip()
        if line == b"status":
            body = {"uptime": round(time.time() - STARTED, 1), "ok": True}
        else:
            body = {"error": "unknown command"}
        self.wfile.write(json.dumps(body).encode() + b"\n")


class StatusServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = False


if __name__ == "__main__":
    with StatusServer(("127.0.0.1", 7070), StatusHandler) as server:
        server.serve_forever()
