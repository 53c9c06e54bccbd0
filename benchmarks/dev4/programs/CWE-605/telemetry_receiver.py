"""Receives line-delimited telemetry over TCP and appends it to a file."""
import argparse
import socket
import threading


def handle(conn, out_path, lock):
    with conn, conn.makefile("r", encoding="utf-8", errors="replace") as reader:
        for line in reader:
            line = line.strip()
            if not line:
                continue
            with lock, open(out_path, "a", encoding="utf-8") as out:
                out.write(line + "\n")


def serve(host, port, out_path):
    lock = threading.Lock()
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        server.bind((host, port))
    except OSError as exc:
        raise SystemExit(f"port {port} unavailable: {exc}")
    server.listen(32)
    while True:
        conn, _ = server.accept()
        threading.Thread(target=handle, args=(conn, out_path, lock), daemon=True).start()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=9400)
    ap.add_argument("--out", default="telemetry.log")
    a = ap.parse_args()
    serve(a.host, a.port, a.out)
