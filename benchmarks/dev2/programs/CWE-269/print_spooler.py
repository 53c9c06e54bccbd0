import os
import pwd
import socket
import sys

SPOOL_DIR = "/var/spool/printq"


def drop_privileges(username):
    pw = pwd.getpwnam(username)
    os.setgroups([])
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
    try:
        os.setuid(0)
    except PermissionError:
        return
    sys.exit("privilege drop failed")


def handle(conn):
    name = conn.recv(128).decode().strip()
    data = conn.recv(65536)
    with open(os.path.join(SPOOL_DIR, os.path.basename(name)), "wb") as fh:
        fh.write(data)
    conn.sendall(b"queued\n")


def main():
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("0.0.0.0", 515))
    srv.listen(16)
    drop_privileges("lp")
    while True:
        conn, _ = srv.accept()
        with conn:
            handle(conn)


if __name__ == "__main__":
    main()
