import hashlib
import hmac
import os
import socket
import time

SECRET = os.urandom(16)
CATALOG = open("/srv/catalog.txt", "rb").read()
LAST = {}


def cookie(addr):
    return hmac.new(SECRET, addr[0].encode(), hashlib.sha256).digest()[:16]


def serve():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", 9999))
    while True:
        data, addr = sock.recvfrom(1500)
        now = time.monotonic()
        if now - LAST.get(addr[0], 0) < 1.0:
            continue
        LAST[addr[0]] = now
        if data[:4] != b"LIST" or not hmac.compare_digest(data[4:20], cookie(addr)):
            sock.sendto(cookie(addr), addr)
            continue
        sock.sendto(CATALOG[: len(data)], addr)


if __name__ == "__main__":
    serve()
