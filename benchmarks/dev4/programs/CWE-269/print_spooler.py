import os
import pwd
import socketserver

SPOOL_DIR = "/var/spool/lpjobs"


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        owner = self.rfile.readline().decode().strip()
        name = os.path.basename(self.rfile.readline().decode().strip())
        data = self.rfile.read()
        path = os.path.join(SPOOL_DIR, name)
        with open(path, "wb") as fh:
            fh.write(data)
        self.wfile.write(f"queued {name} for {owner}\n".encode())


def main():
    server = socketserver.TCPServer(("0.0.0.0", 515), JobHandler)
    nobody = pwd.getpwnam("nobody")
    # switch the effective ids while handling client jobs
    os.setegid(nobody.pw_gid)
    os.seteuid(nobody.pw_uid)
    server.serve_forever()


if __name__ == "__main__":
    main()
