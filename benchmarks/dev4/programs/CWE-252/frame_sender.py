import socket
import struct


class FrameClient:
    """Sends length-prefixed frames to the telemetry collector."""

    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port), timeout=10)

    def send_frame(self, payload: bytes):
        frame = struct.pack(">I", len(payload)) + payload
        self.sock.send(frame)

    def send_many(self, payloads):
        for p in payloads:
            self.send_frame(p)

    def close(self):
        self.sock.close()


if __name__ == "__main__":
    client = FrameClient("collector.internal", 5140)
    client.send_many([b"x" * 200000, b"cpu=0.5", b"mem=0.7"])
    client.close()
