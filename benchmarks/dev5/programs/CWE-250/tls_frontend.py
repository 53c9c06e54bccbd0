"""Small TLS front end that binds 443 and then drops to an unprivileged account."""
import grp
import os
import pwd
import socket
import ssl

RUN_AS = os.environ.get("FRONTEND_USER", "www-data")


def drop_privileges(username):
    if os.getuid() != 0:
        return
    pw = pwd.getpwnam(username)
    os.setgroups([])
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
    os.umask(0o077)
    if os.getuid() == 0 or os.geteuid() == 0:
        raise SystemExit("failed to drop root privileges")


def serve(cert, key):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    listener = socket.create_server(("0.0.0.0", 443))
    drop_privileges(RUN_AS)
    with ctx.wrap_socket(listener, server_side=True) as tls:
        while True:
            conn, _ = tls.accept()
            with conn:
                conn.recv(4096)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")


if __name__ == "__main__":
    serve(os.environ["TLS_CERT"], os.environ["TLS_KEY"])
