import json
import socket
import struct


class MetricsLink:
    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port), timeout=10)

    def send_frame(self, payload: dict) -> None:
        body = json.dumps(payload).encode()
        self.sock.sendall(struct.pack("!I", len(body)) + body)

    def close(self):
        self.sock.close()


def flush(batch, host="metrics.internal", port=9401):
    link = MetricsLink(host, port)
    try:
        for item in batch:
            link.send_frame(item)
    finally:
        link.close()
    batch.clear()
