import argparse
import socket
import time

ALLOWED_PORTS = {9100, 9101, 9102}


def serve(port, interval):
    if port not in ALLOWED_PORTS:
        raise SystemExit(f"port must be one of {sorted(ALLOWED_PORTS)}")
    srv = socket.create_server(("127.0.0.1", port))
    while True:
        conn, _ = srv.accept()
        with conn:
            body = f"uptime_seconds {time.monotonic():.0f}\n".encode()
            conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + body)
        time.sleep(interval)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=9100)
    p.add_argument("--interval", type=float, default=0.0)
    a = p.parse_args()
    serve(a.port, a.interval)
