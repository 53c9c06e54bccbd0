import os
import pwd
import socketserver

from jobs import run_print_job

SERVICE_ACCOUNT = "lp"


def lower_privileges():
    account = pwd.getpwnam(SERVICE_ACCOUNT)
    os.setegid(account.pw_gid)
    os.seteuid(account.pw_uid)


class PrintJobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        header = self.rfile.readline().decode().strip()
        document = self.rfile.read()
        run_print_job(header, document)
        self.wfile.write(b"queued\n")


if __name__ == "__main__":
    server = socketserver.TCPServer(("0.0.0.0", 515), PrintJobHandler)
    lower_privileges()
    server.serve_forever()
