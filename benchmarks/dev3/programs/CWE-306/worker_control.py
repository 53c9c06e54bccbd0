import logging
import socketserver
import subprocess

log = logging.getLogger("worker-control")

SERVICES = {"ingest": "ingest-worker.service", "reports": "report-worker.service"}


class ControlHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline(256).decode("ascii", "replace").strip()
        parts = line.split()
        if len(parts) != 2:
            self.wfile.write(b"ERR usage: <start|stop|restart> <service>\n")
            return
        action, name = parts
        unit = SERVICES.get(name)
        if action not in ("start", "stop", "restart") or unit is None:
            self.wfile.write(b"ERR unknown\n")
            return
        log.info("%s requested %s %s", self.client_address[0], action, unit)
        rc = subprocess.call(["systemctl", action, unit])
        self.wfile.write(f"OK {rc}\n".encode())


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7070), ControlHandler) as srv:
        srv.serve_forever()
