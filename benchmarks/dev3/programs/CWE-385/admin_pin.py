import os
import secrets
import socketserver

PIN = os.environ["ADMIN_PIN"]


class ConsoleHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"PIN: ")
        attempt = self.rfile.readline(64).decode("utf-8", "replace").strip()
        if not secrets.compare_digest(attempt.encode(), PIN.encode()):
            self.wfile.write(b"denied\n")
            return
        self.wfile.write(b"welcome, type 'status' or 'quit'\n")
        for line in self.rfile:
            cmd = line.decode().strip()
            if cmd == "quit":
                break
            if cmd == "status":
                self.wfile.write(f"load={os.getloadavg()[0]:.2f}\n".encode())


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 2323), ConsoleHandler) as s:
        s.serve_forever()
