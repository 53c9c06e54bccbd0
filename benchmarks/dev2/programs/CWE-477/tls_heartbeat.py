import argparse
import socket
import ssl
import time


def open_channel(host: str, port: int, cafile: str | None) -> ssl.SSLSocket:
    context = ssl.create_default_context(cafile=cafile)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    raw = socket.create_connection((host, port), timeout=10)
    return context.wrap_socket(raw, server_hostname=host)


def main() -> None:
    parser = argparse.ArgumentParser(description="Send heartbeats to the monitor")
    parser.add_argument("host")
    parser.add_argument("--port", type=int, default=9443)
    parser.add_argument("--cafile")
    parser.add_argument("--interval", type=float, default=30.0)
    args = parser.parse_args()

    with open_channel(args.host, args.port, args.cafile) as chan:
        while True:
            started = time.perf_counter()
            chan.sendall(b"PING\n")
            reply = chan.recv(64)
            elapsed = time.perf_counter() - started
            print(f"{reply.strip().decode(errors='replace')} in {elapsed * 1000:.1f} ms")
            time.sleep(args.interval)


if __name__ == "__main__":
    main()
