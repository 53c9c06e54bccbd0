import json
import socketserver

LICENSES = {"ACME-001": {"seats": 25}, "ACME-002": {"seats": 5}}


class LicenseHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline(4096).decode("utf-8", "replace").strip()
        info = LICENSES.get(line)
        reply = {"valid": info is not None}
        if info:
            reply["seats"] = info["seats"]
        self.wfile.write((json.dumps(reply) + "\n").encode())


class LicenseServer(socketserver.ThreadingTCPServer):
    daemon_threads = True

    def server_bind(self):
        import socket
        # let a restarted instance pick up the port even if the old one is still alive
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        super().server_bind()


if __name__ == "__main__":
    with LicenseServer(("0.0.0.0", 27000), LicenseHandler) as server:
        server.serve_forever()
