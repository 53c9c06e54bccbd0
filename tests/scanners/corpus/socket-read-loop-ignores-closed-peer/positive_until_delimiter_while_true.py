"""Positive: asyncio-free client loops on recv until CRLF arrives; an early close makes it spin for ever."""


class LineClient:
    def __init__(self, sock):
        self.sock = sock
        self.pending = b""

    def next_reply(self):
        while True:
            data = self.sock.recv(1024)
            self.pending += data
            if b"\r\n" in self.pending:
                line, self.pending = self.pending.split(b"\r\n", 1)
                return line
