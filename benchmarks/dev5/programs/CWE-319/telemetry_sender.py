"""Sends device credentials and readings to the collector over TLS."""
import json
import socket
import ssl
import time
import os

COLLECTOR = (os.environ.get("COLLECTOR_HOST", "collector.example.org"), 8883)


class TelemetryLink:
    def __init__(self, device_id: str, device_secret: str):
        self.device_id = device_id
        self.device_secret = device_secret
        self.ctx = ssl.create_default_context()
        self.sock = None

    def connect(self):
        raw = socket.create_connection(COLLECTOR, timeout=10)
        self.sock = self.ctx.wrap_socket(raw, server_hostname=COLLECTOR[0])
        self._send({"type": "hello", "device": self.device_id, "secret": self.device_secret})

    def _send(self, msg: dict):
        data = json.dumps(msg).encode() + b"\n"
        self.sock.sendall(data)

    def reading(self, temp_c: float, humidity: float):
        self._send({"type": "reading", "t": temp_c, "h": humidity, "ts": time.time()})

    def close(self):
        if self.sock:
            self.sock.close()


if __name__ == "__main__":
    link = TelemetryLink(os.environ["DEVICE_ID"], os.environ["DEVICE_SECRET"])
    link.connect()
    try:
        link.reading(21.5, 40.2)
    finally:
        link.close()
