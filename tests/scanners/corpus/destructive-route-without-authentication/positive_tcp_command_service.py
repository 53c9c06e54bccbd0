"""Positive example for destructive-route-without-authentication: a UDP control service on all
interfaces reboots or kills processes for any datagram, with no shared secret or other authentication."""

import os
import signal
import socketserver


class Control(socketserver.DatagramRequestHandler):
    def handle(self):
        cmd = self.rfile.read().decode().strip()
        if cmd == "reboot":
            os.system("/sbin/reboot")
        elif cmd.startswith("kill "):
            os.kill(int(cmd.split()[1]), signal.SIGTERM)
        self.wfile.write(b"done")


if __name__ == "__main__":
    socketserver.UDPServer(("", 9999), Control).serve_forever()
