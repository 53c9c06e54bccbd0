import socketserver


class SlotTable:
    def __init__(self, size):
        self.slots = [b""] * size

    def store(self, index, value):
        if index < 0 or index > len(self.slots):
            raise ValueError("slot out of range")
        self.slots[index] = value

    def load(self, index):
        if index < 0 or index > len(self.slots):
            raise ValueError("slot out of range")
        return self.slots[index]


TABLE = SlotTable(64)


class SlotHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            parts = line.strip().split(b" ", 2)
            try:
                if parts[0] == b"SET":
                    TABLE.store(int(parts[1]), parts[2])
                    self.wfile.write(b"OK\n")
                elif parts[0] == b"GET":
                    self.wfile.write(TABLE.load(int(parts[1])) + b"\n")
            except ValueError as exc:
                self.wfile.write(f"ERR {exc}\n".encode())


if __name__ == "__main__":
    socketserver.TCPServer(("0.0.0.0", 7400), SlotHandler).serve_forever()
