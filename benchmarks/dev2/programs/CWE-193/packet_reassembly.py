import socket
import struct

MAX_FRAGMENTS = 16
FRAGMENT_SIZE = 512


class Reassembler:
    def __init__(self):
        self.slots = [None] * MAX_FRAGMENTS
        self.buffer = bytearray(MAX_FRAGMENTS * FRAGMENT_SIZE)

    def add(self, index, payload):
        if index > MAX_FRAGMENTS:
            return False
        start = index * FRAGMENT_SIZE
        self.buffer[start:start + len(payload[:FRAGMENT_SIZE])] = payload[:FRAGMENT_SIZE]
        self.slots[index] = len(payload)
        return all(s is not None for s in self.slots)

    def message(self):
        return bytes(self.buffer[: sum(self.slots)])


def serve(port=9200):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    pending = Reassembler()
    while True:
        data, addr = sock.recvfrom(FRAGMENT_SIZE + 2)
        (index,) = struct.unpack("!H", data[:2])
        if pending.add(index, data[2:]):
            print(addr, pending.message()[:60])
            pending = Reassembler()


if __name__ == "__main__":
    serve()
