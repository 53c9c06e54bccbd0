import json
import socket
import struct


class TelemetryClient:
    def __init__(self, host: str, port: int):
        self.sock = socket.create_connection((host, port), timeout=5)

    def publish(self, metric: str, value: float) -> None:
        payload = json.dumps({"metric": metric, "value": value}).encode()
        frame = struct.pack("!I", len(payload)) + payload
        self.sock.sendall(frame)

    def close(self) -> None:
        self.sock.close()


if __name__ == "__main__":
    client = TelemetryClient("127.0.0.1", 9100)
    for i in range(100):
        client.publish("queue.depth", i * 1.5)
    client.close()
