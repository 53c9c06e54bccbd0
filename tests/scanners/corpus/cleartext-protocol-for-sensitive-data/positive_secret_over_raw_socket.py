"""A shared secret is written to a plain TCP connection to register a worker with its broker."""
import socket


def register(broker_host, worker_id, shared_secret):
    conn = socket.socket()
    conn.connect((broker_host, 5555))
    frame = f"HELLO {worker_id} {shared_secret}\n".encode()
    conn.sendall(frame)
    return conn.recv(64)
