import grp
import json
import os
import pwd
import socketserver
from http.server import BaseHTTPRequestHandler


class WikiHandler(BaseHTTPRequestHandler):
    pages = {"/": "Welcome to the team wiki"}

    def do_GET(self):
        body = json.dumps({"page": self.path, "text": self.pages.get(self.path, "")}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


def drop_privileges(user="www-data"):
    if os.getuid() != 0:
        return
    pw = pwd.getpwnam(user)
    os.setgroups([])
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
    os.umask(0o077)


def main():
    server = socketserver.ThreadingTCPServer(("0.0.0.0", 80), WikiHandler)
    drop_privileges()
    print("wiki listening on :80 as", pwd.getpwuid(os.getuid()).pw_name, grp.getgrgid(os.getgid()).gr_name)
    server.serve_forever()


if __name__ == "__main__":
    main()
