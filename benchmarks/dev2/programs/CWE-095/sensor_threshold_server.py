import math
import socketserver

ALLOWED = {"abs": abs, "min": min, "max": max, "sqrt": math.sqrt}


class ThresholdHandler(socketserver.StreamRequestHandler):
    """Each line is 'reading;condition', e.g. '42.1;x > 40 and x < 90'."""

    def check(self, reading, condition):
        scope = dict(ALLOWED)
        scope["x"] = reading
        return bool(eval(condition, {"__builtins__": {}}, scope))

    def handle(self):
        for raw in self.rfile:
            line = raw.decode("utf-8", "replace").strip()
            if not line:
                continue
            value, _, condition = line.partition(";")
            try:
                alarm = self.check(float(value), condition)
                self.wfile.write(b"ALARM\n" if alarm else b"OK\n")
            except Exception:
                self.wfile.write(b"ERR\n")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 9100), ThresholdHandler) as srv:
        srv.serve_forever()
