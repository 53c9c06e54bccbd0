import socketserver

COMMANDS = {"PING": lambda arg: "PONG", "ECHO": lambda arg: arg, "UPPER": lambda arg: arg.upper()}
MAX_LINE = 4096


class CommandHandler(socketserver.BaseRequestHandler):
    def read_line(self) -> str | None:
        buffer = b""
        while b"\n" not in buffer:
            chunk = self.request.recv(256)
            if not chunk:
                return None
            buffer += chunk
            if len(buffer) > MAX_LINE:
                return None
        line, _, _ = buffer.partition(b"\n")
        return line.decode(errors="replace").strip()

    def handle(self) -> None:
        line = self.read_line()
        if line is None:
            return
        verb, _, arg = line.partition(" ")
        action = COMMANDS.get(verb.upper())
        reply = action(arg) if action else "ERR unknown command"
        self.request.sendall(reply.encode() + b"\n")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7071), CommandHandler) as server:
        server.serve_forever()
