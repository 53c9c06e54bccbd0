"""Tiny UDP service returning the server's clock for LAN devices."""
import socket
import struct
import time

REQUEST_MAGIC = b"TIME?"


def build_reply(nonce: bytes) -> bytes:
    return b"TIME!" + nonce[:8].ljust(8, b"\0") + struct.pack(">d", time.time())


def serve(host="0.0.0.0", port=7123):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind((host, port))
        while True:
            data, client_addr = sock.recvfrom(64)
            if not data.startswith(REQUEST_MAGIC):
                continue
            nonce = data[len(REQUEST_MAGIC):]
            sock.sendto(build_reply(nonce), client_addr)


if __name__ == "__main__":
    serve()
