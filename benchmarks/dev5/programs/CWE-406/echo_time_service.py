"""Tiny UDP time service for lab devices, with per-source rate limiting."""
import socket
import struct
import time
from collections import defaultdict

PORT = 3737
MAX_PER_SECOND = 5


class RateLimiter:
    def __init__(self, rate: int):
        self.rate = rate
        self.window: dict[str, list[float]] = defaultdict(list)

    def allow(self, ip: str) -> bool:
        now = time.monotonic()
        hits = [t for t in self.window[ip] if now - t < 1.0]
        if len(hits) >= self.rate:
            self.window[ip] = hits
            return False
        hits.append(now)
        self.window[ip] = hits
        return True

    def prune(self) -> None:
        now = time.monotonic()
        for ip in [ip for ip, hits in self.window.items() if not hits or now - hits[-1] > 5]:
            del self.window[ip]


def main() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", PORT))
    limiter = RateLimiter(MAX_PER_SECOND)
    last_prune = time.monotonic()
    while True:
        data, addr = sock.recvfrom(16)
        if len(data) < 8 or not limiter.allow(addr[0]):
            continue
        # 16-byte reply to an 8+ byte request: echo the client's cookie plus the time
        sock.sendto(data[:8] + struct.pack(">d", time.time()), addr)
        if time.monotonic() - last_prune > 10:
            limiter.prune()
            last_prune = time.monotonic()


if __name__ == "__main__":
    main()
