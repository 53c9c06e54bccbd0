"""Tiny raw-print (port 9100 style) receiver used on Windows kiosks."""
import datetime
import os
import socket
import sys

SPOOL_DIR = os.environ.get("SPOOL_DIR", r"C:\kiosk\spool")
PORT = 9100


def bind_listener(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if sys.platform == "win32":
        # make sure no other process can bind the same port while we own it
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
    sock.bind(("0.0.0.0", port))
    sock.listen(5)
    return sock


def receive_job(conn):
    chunks = []
    while True:
        chunk = conn.recv(65536)
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def main():
    os.makedirs(SPOOL_DIR, exist_ok=True)
    listener = bind_listener(PORT)
    while True:
        conn, _ = listener.accept()
        with conn:
            data = receive_job(conn)
        name = datetime.datetime.now().strftime("job-%Y%m%d-%H%M%S-%f.prn")
        with open(os.path.join(SPOOL_DIR, name), "wb") as fh:
            fh.write(data)


if __name__ == "__main__":
    main()
