import socketserver

COMMANDS = {"PING": lambda arg: "PONG", "ECHO": lambda arg: arg, "UPPER": lambda arg: arg.upper()}


class CommandHandler(socketserver.BaseRequestHandler):
    def read_line(self):
        buffer = b""
        while b"\n" not in buffer:
            chunk = self.request.recv(256)
            buffer += chunk
        line, _, rest = buffer.partition(b"\n")
        return line.decode(errors="replace").strip()

    def handle(self):
        line = self.read_line()
        verb, _, arg = line.partition(" ")
        action = COMMANDS.get(verb.upper())
        reply = action(arg) if action else "ERR unknown command"
        self.request.sendall(reply.encode() + b"\n")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7070), CommandHandler) as server:
        server.serve_forever()
