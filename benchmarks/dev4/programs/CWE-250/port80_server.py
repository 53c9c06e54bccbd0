import grp
import os
import pwd
import socket
import sys

RUN_AS = "www-data"


def drop_privileges(username):
    if os.getuid() != 0:
        return
    pw = pwd.getpwnam(username)
    os.setgroups([g.gr_gid for g in grp.getgrall() if username in g.gr_mem] or [pw.pw_gid])
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
    os.umask(0o077)
    if os.getuid() == 0 or os.geteuid() == 0:
        sys.exit("failed to drop root privileges")


def main():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("0.0.0.0", 80))
    sock.listen(64)
    drop_privileges(RUN_AS)
    while True:
        conn, _ = sock.accept()
        with conn:
            conn.recv(4096)
            conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nhello\n")


if __name__ == "__main__":
    main()
