"""Fetch the current config from the device's line-based control port."""
import socket
import sys


class DeviceSession:
    def __init__(self, host, port=4001):
        self.sock = socket.create_connection((host, port), timeout=5)
        self.buffer = b""

    def read_until_end(self):
        lines = []
        while True:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("device closed the connection before END")
            self.buffer += chunk
            while b"\n" in self.buffer:
                line, self.buffer = self.buffer.split(b"\n", 1)
                if line.strip() == b"END":
                    return lines
                lines.append(line.decode("utf-8", "replace"))

    def get_config(self):
        self.sock.sendall(b"SHOW CONFIG\n")
        return self.read_until_end()


if __name__ == "__main__":
    session = DeviceSession(sys.argv[1])
    for entry in session.get_config():
        print(entry)
