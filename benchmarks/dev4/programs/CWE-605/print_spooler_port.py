"""Windows print spooler bridge: accepts raw jobs on TCP 9100."""
import socket
import sys
import uuid
from pathlib import Path

SPOOL = Path(r"C:\ProgramData\PrintBridge\spool")


def make_socket(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if sys.platform == "win32":
        # nobody else may bind this port while we hold it
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
    sock.bind(("0.0.0.0", port))
    sock.listen(8)
    return sock


def receive_job(conn):
    chunks = []
    while True:
        data = conn.recv(65536)
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)


def main():
    SPOOL.mkdir(parents=True, exist_ok=True)
    server = make_socket(9100)
    while True:
        conn, peer = server.accept()
        with conn:
            job = receive_job(conn)
        (SPOOL / f"{uuid.uuid4().hex}.prn").write_bytes(job)
        print(f"job from {peer[0]}: {len(job)} bytes")


if __name__ == "__main__":
    main()
