"""Negative example for shared-socket-owner-not-verified: the socket must be owned by the current user
before the password is sent."""

import os
import socket
import stat

CONTROL = "/dev/shm/vault-control"


def unlock(password: str) -> bool:
    info = os.lstat(CONTROL)
    if not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
        raise PermissionError("control socket is not ours")
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(CONTROL)
    client.sendall(b"UNLOCK " + password.encode())
    ok = client.recv(16) == b"OK"
    client.close()
    return ok
