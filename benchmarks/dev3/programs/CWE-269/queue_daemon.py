import os
import pwd
import socketserver

from jobs import run_print_job

SERVICE_ACCOUNT = "lp"


def drop_privileges_permanently():
    account = pwd.getpwnam(SERVICE_ACCOUNT)
    os.setgroups([])
    os.setresgid(account.pw_gid, account.pw_gid, account.pw_gid)
    os.setresuid(account.pw_uid, account.pw_uid, account.pw_uid)
    try:
        os.setuid(0)
    except PermissionError:
        return
    raise SystemExit("privileges could still be regained; aborting")


class PrintJobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        header = self.rfile.readline().decode().strip()
        run_print_job(header, self.rfile.read())
        self.wfile.write(b"queued\n")


if __name__ == "__main__":
    server = socketserver.TCPServer(("0.0.0.0", 515), PrintJobHandler)
    drop_privileges_permanently()
    server.serve_forever()
