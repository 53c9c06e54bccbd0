"""Accept StatsD-style counters over TCP and keep running totals."""
import socket
import threading
from collections import Counter

totals = Counter()
lock = threading.Lock()


def handle(conn):
    with conn, conn.makefile("r") as stream:
        for line in stream:
            name, _, value = line.strip().partition(":")
            if name and value.lstrip("-").isdigit():
                with lock:
                    totals[name] += int(value)


def serve(port=8125):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    srv.bind(("0.0.0.0", port))
    srv.listen(64)
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    serve()
