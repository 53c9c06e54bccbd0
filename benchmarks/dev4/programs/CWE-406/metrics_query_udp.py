"""UDP metrics query endpoint with a cookie handshake before large answers."""
import hashlib
import hmac
import json
import os
import socketserver
import time

SECRET = os.urandom(32)


def cookie_for(addr, bucket=None):
    bucket = bucket if bucket is not None else int(time.time()) // 30
    msg = f"{addr[0]}:{addr[1]}:{bucket}".encode()
    return hmac.new(SECRET, msg, hashlib.sha256).hexdigest()[:16]


def cookie_ok(addr, cookie):
    now = int(time.time()) // 30
    return any(hmac.compare_digest(cookie, cookie_for(addr, b)) for b in (now, now - 1))


class QueryHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        try:
            msg = json.loads(data)
        except ValueError:
            return
        if not cookie_ok(self.client_address, str(msg.get("cookie", ""))):
            # first contact: hand out a cookie to echo back
            sock.sendto(cookie_for(self.client_address).encode(), self.client_address)
            return
        metrics = self.server.metrics.get(str(msg.get("name")), [])
        sock.sendto(json.dumps(metrics[-100:]).encode(), self.client_address)


class MetricsServer(socketserver.UDPServer):
    def __init__(self, addr, metrics):
        super().__init__(addr, QueryHandler)
        self.metrics = metrics


if __name__ == "__main__":
    MetricsServer(("0.0.0.0", 8125), {"cpu": list(range(500))}).serve_forever()
