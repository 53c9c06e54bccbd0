import socket
import struct

MAX_CHUNKS = 16
CHUNK_SIZE = 512


class ChunkCollector:
    def __init__(self):
        self.sizes = [None] * MAX_CHUNKS
        self.buffer = bytearray(MAX_CHUNKS * CHUNK_SIZE)

    def add(self, index, payload):
        if not 0 <= index < MAX_CHUNKS:
            return False
        payload = payload[:CHUNK_SIZE]
        start = index * CHUNK_SIZE
        self.buffer[start:start + len(payload)] = payload
        self.sizes[index] = len(payload)
        return None not in self.sizes

    def assemble(self):
        return b"".join(
            bytes(self.buffer[i * CHUNK_SIZE:i * CHUNK_SIZE + size])
            for i, size in enumerate(self.sizes)
        )


def serve(port=9201):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    current = ChunkCollector()
    while True:
        data, addr = sock.recvfrom(CHUNK_SIZE + 2)
        if len(data) < 2:
            continue
        (index,) = struct.unpack("!H", data[:2])
        if current.add(index, data[2:]):
            print(addr, current.assemble()[:60])
            current = ChunkCollector()


if __name__ == "__main__":
    serve()
