"""Negative example for peer-data-accumulated-without-limit: a bounded worker pool."""

import socket
from concurrent.futures import ThreadPoolExecutor


def handle(conn):
    conn.sendall(conn.recv(1024))
    conn.close()


def serve(port):
    srv = socket.create_server(("127.0.0.1", port))
    with ThreadPoolExecutor(max_workers=16) as pool:
        while True:
            conn, _ = srv.accept()
            pool.submit(handle, conn)
