import socket
import time

MAX_REPLIES_PER_SECOND = 20


def serve(port=7007):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    window_start = time.monotonic()
    sent = 0
    while True:
        data, addr = sock.recvfrom(512)
        now = time.monotonic()
        if now - window_start >= 1.0:
            window_start, sent = now, 0
        if sent >= MAX_REPLIES_PER_SECOND:
            continue
        reply = b"ACK " + data[:32]
        if len(reply) > len(data):
            reply = reply[:len(data)]
        sock.sendto(reply, addr)
        sent += 1


if __name__ == "__main__":
    serve()
