"""Negative example for destructive-route-without-authentication: the UDP control service requires a
shared token (compared in constant time) before running any command."""

import hmac
import os
import signal
import socketserver

CONTROL_TOKEN = os.environ["CONTROL_TOKEN"].encode()


class Control(socketserver.DatagramRequestHandler):
    def handle(self):
        token, _, cmd = self.rfile.read().partition(b" ")
        if not hmac.compare_digest(token, CONTROL_TOKEN):
            self.wfile.write(b"denied")
            return
        text = cmd.decode().strip()
        if text == "reboot":
            os.system("/sbin/reboot")
        elif text.startswith("kill "):
            os.kill(int(text.split()[1]), signal.SIGTERM)
        self.wfile.write(b"done")


if __name__ == "__main__":
    socketserver.UDPServer(("", 9999), Control).serve_forever()
