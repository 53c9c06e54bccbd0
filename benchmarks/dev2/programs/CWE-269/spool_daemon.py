import os
import pwd
import socket

SPOOL_DIR = "/var/spool/printq"


def drop_to(username):
    pw = pwd.getpwnam(username)
    os.setuid(pw.pw_uid)
    os.setgid(pw.pw_gid)


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
    try:
        drop_to("lp")
    except PermissionError:
        pass
    while True:
        conn, _ = srv.accept()
        with conn:
            handle(conn)


if __name__ == "__main__":
    main()
