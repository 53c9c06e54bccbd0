import logging
import socketserver

logger = logging.getLogger("gateway")
logging.basicConfig(filename="/var/log/gateway.log", level=logging.INFO)


class DeviceSession:
    def __init__(self, hello_line):
        self.device_id = hello_line.split(":", 1)[1].strip()

    def record(self, reading):
        logger.info("reading from device " + self.device_id + ": " + reading)


class GatewayHandler(socketserver.StreamRequestHandler):
    def handle(self):
        hello = self.rfile.readline().decode("utf-8", "replace").rstrip("\r\n")
        if not hello.startswith("HELLO:"):
            return
        session = DeviceSession(hello)
        for raw in self.rfile:
            session.record(raw.decode("utf-8", "replace").rstrip("\r\n"))


if __name__ == "__main__":
    socketserver.ThreadingTCPServer(("0.0.0.0", 7070), GatewayHandler).serve_forever()
