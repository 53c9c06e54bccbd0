"""Positive example for peer-data-accumulated-without-limit: a thread per accepted connection."""

import socket
import threading


def handle(conn):
    conn.sendall(conn.recv(1024))
    conn.close()


def serve(port):
    srv = socket.create_server(("127.0.0.1", port))
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,)).start()
