import socket
import struct
import time


def serve(port: int = 12300) -> None:
    """Tiny clock service: the reply is never larger than the request."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, addr = sock.recvfrom(512)
        if len(data) < 16 or not data.startswith(b"TIME"):
            continue
        reply = b"TIME" + struct.pack("!d", time.time())
        reply = reply.ljust(len(data), b"\x00")[: len(data)]
        sock.sendto(reply, addr)


if __name__ == "__main__":
    serve()
