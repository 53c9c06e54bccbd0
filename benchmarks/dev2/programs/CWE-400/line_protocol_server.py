import socket
import threading


class Session:
    def __init__(self, conn):
        self.conn = conn
        self.buffer = b""

    def read_command(self):
        while b"\n" not in self.buffer:
            chunk = self.conn.recv(4096)
            if not chunk:
                return None
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode("utf-8", "replace").strip()

    def serve(self):
        with self.conn:
            while (cmd := self.read_command()) is not None:
                if cmd == "PING":
                    self.conn.sendall(b"PONG\n")
                elif cmd.startswith("ECHO "):
                    self.conn.sendall(cmd[5:].encode() + b"\n")
                else:
                    self.conn.sendall(b"ERR unknown\n")


def main(port=6000):
    srv = socket.create_server(("0.0.0.0", port))
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=Session(conn).serve, daemon=True).start()


if __name__ == "__main__":
    main()
