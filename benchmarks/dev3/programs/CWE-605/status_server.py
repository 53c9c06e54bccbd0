import json
import socketserver
import time

STARTED = time.time()


class StatusHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().strip()
        if line == b"STATUS":
            body = {"uptime": round(time.time() - STARTED, 1), "ok": True}
            self.wfile.write(json.dumps(body).encode() + b"\n")
        else:
            self.wfile.write(b"ERR unknown command\n")


class StatusServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = False
    daemon_threads = True


if __name__ == "__main__":
    with StatusServer(("127.0.0.1", 7070), StatusHandler) as server:
        server.serve_forever()
