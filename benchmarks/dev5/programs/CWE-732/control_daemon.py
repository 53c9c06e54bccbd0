"""Background daemon that exposes a control socket for the media transcoder."""
import json
import logging
import os
import socketserver

RUN_DIR = "/var/run/transcoder"
SOCKET_PATH = os.path.join(RUN_DIR, "control.sock")
LOG_PATH = "/var/log/transcoder/daemon.log"

QUEUE = []


class ControlHandler(socketserver.StreamRequestHandler):
    def handle(self):
        raw = self.rfile.readline(4096)
        try:
            cmd = json.loads(raw)
        except ValueError:
            self.wfile.write(b'{"error":"invalid json"}\n')
            return
        if cmd.get("op") == "enqueue":
            QUEUE.append({"src": cmd["src"], "profile": cmd.get("profile", "720p")})
            reply = {"queued": len(QUEUE)}
        elif cmd.get("op") == "purge":
            QUEUE.clear()
            reply = {"purged": True}
        else:
            reply = {"error": "unknown op"}
        self.wfile.write(json.dumps(reply).encode() + b"\n")


def prepare_runtime():
    os.umask(0)
    os.makedirs(RUN_DIR, mode=0o777, exist_ok=True)
    os.makedirs(os.path.dirname(LOG_PATH), mode=0o777, exist_ok=True)
    if os.path.exists(SOCKET_PATH):
        os.unlink(SOCKET_PATH)


def main():
    prepare_runtime()
    logging.basicConfig(filename=LOG_PATH, level=logging.INFO)
    server = socketserver.UnixStreamServer(SOCKET_PATH, ControlHandler)
    logging.info("control socket ready at %s", SOCKET_PATH)
    server.serve_forever()


if __name__ == "__main__":
    main()
