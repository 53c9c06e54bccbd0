import argparse
import os
import socket
import time

ALLOWED_PORTS = range(9100, 9200)


def resolve_port():
    raw = os.environ.get("AGENT_PORT", "9100")
    port = int(raw)
    if port not in ALLOWED_PORTS:
        raise SystemExit(f"AGENT_PORT must be within {ALLOWED_PORTS.start}-{ALLOWED_PORTS.stop - 1}")
    return port


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interval", type=float, default=5.0)
    args = ap.parse_args()
    port = resolve_port()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:
        srv.bind(("127.0.0.1", port))
        srv.listen()
        while True:
            conn, _ = srv.accept()
            with conn:
                load1, load5, load15 = os.getloadavg()
                conn.sendall(f"load1 {load1}\nload5 {load5}\nload15 {load15}\n".encode())
            time.sleep(args.interval)


if __name__ == "__main__":
    main()
