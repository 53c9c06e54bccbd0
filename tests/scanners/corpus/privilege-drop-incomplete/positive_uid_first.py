"""Positive example for privilege-drop-incomplete: the uid is dropped before the gid."""

import os
import socketserver


def become(uid, gid):
    os.setresuid(uid, uid, uid)
    os.setresgid(gid, gid, gid)


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline())


if __name__ == "__main__":
    server = socketserver.TCPServer(("", 7), Echo)
    become(65534, 65534)
    server.serve_forever()
