"""Negative example for udp-request-loop-without-rate-limit: the loop sleeps once its per-second budget is spent."""
import socket
import time


def serve(host, port, budget=100):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((host, port))
    handled = 0
    window = time.monotonic()
    while True:
        if handled >= budget:
            elapsed = time.monotonic() - window
            if elapsed < 1:
                time.sleep(1 - elapsed)
            handled = 0
            window = time.monotonic()
        data, addr = sock.recvfrom(512)
        sock.sendto(data[:64], addr)
        handled += 1
