"""Negative example for shared-socket-owner-not-verified: the socket lives in the user's private runtime
directory, not in a world-writable one."""

import os
import socket

CONTROL = os.path.join(os.environ["XDG_RUNTIME_DIR"], "vault-control")


def unlock(password: str) -> bool:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(CONTROL)
    client.sendall(b"UNLOCK " + password.encode())
    ok = client.recv(16) == b"OK"
    client.close()
    return ok
