import json
import logging
import socketserver

logger = logging.getLogger("gateway")
logging.basicConfig(filename="/var/log/gateway.log", level=logging.INFO)


class DeviceSession:
    def __init__(self, hello):
        self.device_id = hello["device"]
        self.firmware = hello.get("firmware", "?")

    def record(self, message):
        logger.info("reading from device " + self.device_id + ": " + str(message.get("value")))


class GatewayHandler(socketserver.StreamRequestHandler):
    def handle(self):
        hello = json.loads(self.rfile.readline())
        session = DeviceSession(hello)
        logger.info("device %s connected (firmware %s)" % (session.device_id, session.firmware))
        for raw in self.rfile:
            try:
                session.record(json.loads(raw))
            except ValueError:
                continue


if __name__ == "__main__":
    socketserver.ThreadingTCPServer(("0.0.0.0", 7070), GatewayHandler).serve_forever()
