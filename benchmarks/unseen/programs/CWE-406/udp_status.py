import json
import socket

STATUS_FILE = "/var/lib/monitor/status.json"


def load_status():
    with open(STATUS_FILE) as fh:
        return json.load(fh)


def serve(port=9999):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, addr = sock.recvfrom(64)
        if data.strip() == b"STATUS":
            payload = json.dumps(load_status()).encode()
            for offset in range(0, len(payload), 1400):
                sock.sendto(payload[offset:offset + 1400], addr)


if __name__ == "__main__":
    serve()
