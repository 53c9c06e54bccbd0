import os
import pwd
import socket
import sys


def drop_to(user):
    entry = pwd.getpwnam(user)
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)
    try:
        os.setuid(0)
    except PermissionError:
        return
    sys.exit("privileges could be regained; aborting")


def serve(sock):
    while True:
        conn, addr = sock.accept()
        with conn:
            line = conn.recv(1024).decode(errors="replace").strip()
            conn.sendall(f"{addr[0]} says {line[:100]}\n".encode())


if __name__ == "__main__":
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("0.0.0.0", 7))
    s.listen(16)
    drop_to(os.environ.get("ECHO_USER", "nobody"))
    serve(s)
