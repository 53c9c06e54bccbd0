"""UDP time service: clients send a request and get the server time back."""
import json
import socket
import time


def parse_request(data):
    msg = json.loads(data.decode("utf-8"))
    return msg.get("format", "epoch")


def serve(port=3700):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, addr = sock.recvfrom(1024)
        try:
            fmt = parse_request(data)
        except (ValueError, UnicodeDecodeError):
            continue
        now = time.time()
        body = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now)) if fmt == "iso" else str(now)
        sock.sendto(body.encode(), addr)


if __name__ == "__main__":
    serve()
