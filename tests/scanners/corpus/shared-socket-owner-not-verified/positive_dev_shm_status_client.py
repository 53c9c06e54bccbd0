"""Positive example for shared-socket-owner-not-verified: the CLI hands its session password to whatever
listens on a socket in /dev/shm."""

import socket

CONTROL = "/dev/shm/vault-control"


def unlock(password: str) -> bool:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(CONTROL)
    client.sendall(b"UNLOCK " + password.encode())
    ok = client.recv(16) == b"OK"
    client.close()
    return ok
