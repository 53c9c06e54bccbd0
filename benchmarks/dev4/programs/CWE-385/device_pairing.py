import hmac
import secrets
import socketserver

PAIRING_CODE = secrets.token_hex(4)


class PairingHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"CODE? ")
        attempt = self.rfile.readline(64).strip()
        if hmac.compare_digest(attempt, PAIRING_CODE.encode()):
            token = secrets.token_urlsafe(24)
            self.server.paired.add(token)
            self.wfile.write(b"PAIRED " + token.encode() + b"\n")
        else:
            self.wfile.write(b"DENIED\n")


class PairingServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

    def __init__(self, addr):
        super().__init__(addr, PairingHandler)
        self.paired = set()


if __name__ == "__main__":
    print("pairing code:", PAIRING_CODE)
    with PairingServer(("127.0.0.1", 7500)) as srv:
        srv.serve_forever()
