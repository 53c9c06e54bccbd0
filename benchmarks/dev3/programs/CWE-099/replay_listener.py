import json
import socket
import threading

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ReplaySession:
    def __init__(self, options):
        self.port = int(options["port"])
        self.interface = options.get("interface", "0.0.0.0")
        self.captured = []

    def start(self):
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.bind((self.interface, self.port))
        threading.Thread(target=self._loop, args=(sock,), daemon=True).start()

    def _loop(self, sock):
        while True:
            data, addr = sock.recvfrom(4096)
            self.captured.append((addr, data))


class ControlHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        options = json.loads(self.rfile.read(length))
        ReplaySession(options).start()
        self.send_response(204)
        self.end_headers()


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8600), ControlHandler).serve_forever()
