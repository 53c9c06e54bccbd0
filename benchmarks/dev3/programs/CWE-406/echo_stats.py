import socket
import time
from collections import defaultdict

RATE = 5  # replies per source per second


class RateLimitedResponder:
    def __init__(self, port):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("0.0.0.0", port))
        self.window = defaultdict(lambda: [0.0, 0])

    def allowed(self, ip):
        start, count = self.window[ip]
        now = time.monotonic()
        if now - start >= 1.0:
            self.window[ip] = [now, 1]
            return True
        if count < RATE:
            self.window[ip][1] = count + 1
            return True
        return False

    def loop(self):
        while True:
            data, addr = self.sock.recvfrom(512)
            if not self.allowed(addr[0]):
                continue
            reply = b"PONG " + str(int(time.time())).encode()
            self.sock.sendto(reply[: len(data)], addr)


if __name__ == "__main__":
    RateLimitedResponder(9999).loop()
