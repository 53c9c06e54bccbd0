"""TCP control daemon for the office door relay."""
import socketserver
import logging

log = logging.getLogger("door")


class Relay:
    def __init__(self, pin: int):
        self.pin = pin
        self.state = "locked"

    def set(self, state: str) -> None:
        # GPIO write elided; the board driver toggles self.pin
        self.state = state
        log.info("door %s", state)


RELAY = Relay(pin=17)
COMMANDS = {"UNLOCK": "unlocked", "LOCK": "locked"}


class ControlHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            cmd = raw.decode("ascii", "ignore").strip().upper()
            if cmd == "STATUS":
                self.wfile.write(f"{RELAY.state}\n".encode())
            elif cmd in COMMANDS:
                RELAY.set(COMMANDS[cmd])
                self.wfile.write(b"OK\n")
            elif cmd == "QUIT":
                break
            else:
                self.wfile.write(b"ERR unknown command\n")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7070), ControlHandler) as srv:
        srv.serve_forever()
