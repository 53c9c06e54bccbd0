import hashlib
import hmac
import socketserver

VENDOR_SECRET = open("/etc/licd/secret", "rb").read().strip()


def expected_tag(customer: str) -> str:
    return hmac.new(VENDOR_SECRET, customer.encode(), hashlib.sha256).hexdigest()


def tags_match(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x != y:
            return False
    return True


class LicenseHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode().strip()
        customer, _, tag = line.partition(":")
        ok = tags_match(expected_tag(customer), tag)
        self.wfile.write(b"VALID\n" if ok else b"INVALID\n")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7400), LicenseHandler) as srv:
        srv.serve_forever()
