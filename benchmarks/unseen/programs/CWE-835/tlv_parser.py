import struct
import socketserver


def parse_records(buf: bytes):
    records = []
    pos = 0
    while pos < len(buf):
        rtype, length = struct.unpack_from(">HH", buf, pos)
        value = buf[pos + 4:pos + 4 + length]
        records.append((rtype, value))
        pos += 4 + length if rtype != 0 else length
    return records


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(4096)
        self.request.sendall(str(len(parse_records(data))).encode())


if __name__ == "__main__":
    socketserver.TCPServer(("", 9400), Handler).serve_forever()
