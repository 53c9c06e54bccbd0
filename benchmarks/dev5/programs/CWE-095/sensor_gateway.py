"""Gateway that receives sensor readings over TCP and stores them."""
import socketserver
import sqlite3
import threading

DB_LOCK = threading.Lock()


def store(reading):
    with DB_LOCK, sqlite3.connect("readings.db") as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS r (sensor TEXT, value REAL, unit TEXT)")
        conn.execute("INSERT INTO r VALUES (?, ?, ?)",
                     (reading["sensor"], float(reading["value"]), reading.get("unit", "")))


def decode(line):
    # devices send python-style dicts, e.g. {'sensor': 't1', 'value': 21.5}
    return eval(line.strip(), {"__builtins__": {}}, {})


class ReadingHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            text = raw.decode("utf-8", errors="replace")
            if not text.strip():
                continue
            try:
                store(decode(text))
                self.wfile.write(b"OK\n")
            except Exception as exc:
                self.wfile.write(f"ERR {exc}\n".encode())


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True


if __name__ == "__main__":
    with Server(("0.0.0.0", 9009), ReadingHandler) as srv:
        srv.serve_forever()
