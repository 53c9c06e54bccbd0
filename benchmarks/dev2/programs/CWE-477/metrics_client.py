import socket
import ssl
import json
import time


class MetricsPusher:
    """Pushes counters to the central collector over TLS."""

    def __init__(self, host, port=8443, certfile=None):
        self.host = host
        self.port = port
        self.certfile = certfile
        self.conn = None

    def connect(self):
        raw = socket.create_connection((self.host, self.port), timeout=10)
        self.conn = ssl.wrap_socket(
            raw,
            ca_certs=self.certfile,
            cert_reqs=ssl.CERT_REQUIRED,
        )

    def push(self, name, value):
        if self.conn is None:
            self.connect()
        payload = {"metric": name, "value": value, "ts": time.time()}
        self.conn.sendall(json.dumps(payload).encode() + b"\n")

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


if __name__ == "__main__":
    pusher = MetricsPusher("collector.internal", certfile="/etc/metrics/ca.pem")
    pusher.push("jobs.completed", 12)
    pusher.close()
