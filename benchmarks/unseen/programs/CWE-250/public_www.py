import os
import pwd
import socketserver
from http.server import SimpleHTTPRequestHandler

PORT = 80
ROOT = "/srv/public"


def drop_privileges(user: str = "www-data") -> None:
    entry = pwd.getpwnam(user)
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)
    os.umask(0o077)


def main():
    os.chdir(ROOT)
    httpd = socketserver.TCPServer(("", PORT), SimpleHTTPRequestHandler)
    drop_privileges()
    print(f"serving {ROOT} on :{PORT} as uid {os.getuid()}")
    with httpd:
        httpd.serve_forever()


if __name__ == "__main__":
    main()
