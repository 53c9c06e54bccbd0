import socket
import struct
import time

MAX_REPLY_RATIO = 1


def reply_for(request: bytes) -> bytes:
    # reply mirrors the probe length so clients can measure path MTU effects
    now = struct.pack(">d", time.time())
    if len(request) < len(now):
        return b""
    return now + b"\x00" * (len(request) * MAX_REPLY_RATIO - len(now))


def serve(port=12300):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, addr = sock.recvfrom(512)
        reply = reply_for(data)
        if reply:
            sock.sendto(reply, addr)


if __name__ == "__main__":
    serve()
