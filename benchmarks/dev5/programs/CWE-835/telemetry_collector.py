"""Collects newline-terminated telemetry batches from field devices over TCP."""
import logging
import socketserver

log = logging.getLogger("telemetry")
TERMINATOR = b"\nEND\n"


def read_batch(sock):
    buffer = b""
    while not buffer.endswith(TERMINATOR):
        buffer += sock.recv(4096)
    return buffer[: -len(TERMINATOR)]


def store(device_id, lines):
    for line in lines:
        log.info("%s %s", device_id, line)


class TelemetryHandler(socketserver.BaseRequestHandler):
    def handle(self):
        batch = read_batch(self.request)
        header, *lines = batch.decode("utf-8", "replace").splitlines()
        store(header.strip(), lines)
        self.request.sendall(b"OK\n")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with socketserver.ThreadingTCPServer(("0.0.0.0", 5140), TelemetryHandler) as srv:
        srv.serve_forever()
