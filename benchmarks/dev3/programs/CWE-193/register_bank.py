import socketserver


class RegisterBank:
    def __init__(self, count):
        self.registers = [0] * count

    def _check(self, index):
        if not 0 <= index < len(self.registers):
            raise ValueError("register out of range")

    def write(self, index, value):
        self._check(index)
        self.registers[index] = value

    def read(self, index):
        self._check(index)
        return self.registers[index]


BANK = RegisterBank(32)


class BankHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            cmd, *args = line.decode().split()
            try:
                if cmd == "W":
                    BANK.write(int(args[0]), int(args[1]))
                    self.wfile.write(b"OK\n")
                elif cmd == "R":
                    self.wfile.write(f"{BANK.read(int(args[0]))}\n".encode())
            except (ValueError, IndexError) as exc:
                self.wfile.write(f"ERR {exc}\n".encode())


if __name__ == "__main__":
    socketserver.TCPServer(("127.0.0.1", 7401), BankHandler).serve_forever()
