"""Print spool daemon: starts as root to open the device, then runs as 'lp'."""
import os
import pwd
import socketserver

DEVICE = "/dev/usb/lp0"


class Spooler:
    def __init__(self, device):
        self.dev = open(device, "wb", buffering=0)

    def print_job(self, data):
        self.dev.write(data)


def become(user):
    info = pwd.getpwnam(user)
    os.setuid(info.pw_uid)
    os.setgid(info.pw_gid)


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        data = self.rfile.read(10 * 1024 * 1024)
        self.server.spooler.print_job(data)
        self.wfile.write(b"queued\n")


class SpoolServer(socketserver.TCPServer):
    def __init__(self, addr, spooler):
        super().__init__(addr, JobHandler)
        self.spooler = spooler


if __name__ == "__main__":
    spooler = Spooler(DEVICE)
    server = SpoolServer(("0.0.0.0", 515), spooler)
    become("lp")
    server.serve_forever()
