import json
import socket
import time
from collections import defaultdict

MIN_REQUEST = 256  # clients pad DISCOVER requests so replies are never larger
RATE_PER_SOURCE = 5  # replies per second per source address


class Discovery:
    def __init__(self, port=5355):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("0.0.0.0", port))
        self.window = defaultdict(list)
        self.info = {"service": "print-spooler", "host": socket.gethostname(), "port": 631}

    def allowed(self, ip: str) -> bool:
        now = time.monotonic()
        recent = [t for t in self.window[ip] if now - t < 1.0]
        self.window[ip] = recent
        if len(recent) >= RATE_PER_SOURCE:
            return False
        recent.append(now)
        return True

    def run(self):
        while True:
            data, addr = self.sock.recvfrom(1024)
            if len(data) < MIN_REQUEST or not data.startswith(b"DISCOVER"):
                continue
            if not self.allowed(addr[0]):
                continue
            reply = json.dumps(self.info).encode()[: len(data)]
            self.sock.sendto(reply, addr)


if __name__ == "__main__":
    Discovery().run()
