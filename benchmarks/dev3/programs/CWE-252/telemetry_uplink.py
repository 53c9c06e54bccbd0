import json
import socket
import struct


class Uplink:
    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port), timeout=10)

    def send_frame(self, payload: dict) -> None:
        body = json.dumps(payload).encode()
        frame = struct.pack("!I", len(body)) + body
        self.sock.send(frame)

    def close(self):
        self.sock.close()


def flush(batch, host="telemetry.internal", port=9400):
    link = Uplink(host, port)
    try:
        for item in batch:
            link.send_frame(item)
    finally:
        link.close()
    batch.clear()
