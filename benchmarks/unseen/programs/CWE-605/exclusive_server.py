import socket
import sys


def open_listener(port):
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if sys.platform == "win32":
        server.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
    try:
        server.bind(("127.0.0.1", port))
    except OSError:
        server.close()
        raise SystemExit(f"port {port} is already in use")
    server.listen(16)
    return server


if __name__ == "__main__":
    srv = open_listener(6060)
    conn, addr = srv.accept()
    conn.sendall(b"hello " + addr[0].encode() + b"\n")
    conn.close()
