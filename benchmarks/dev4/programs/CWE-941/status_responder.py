"""UDP status service for the monitoring agents.

Request format: "STATUS <reply-ip> <reply-port>"
"""
import json
import os
import socket
import time

START = time.time()


def status_payload():
    load1, load5, load15 = os.getloadavg()
    return json.dumps({
        "host": socket.gethostname(),
        "uptime": int(time.time() - START),
        "load": [load1, load5, load15],
        "pid": os.getpid(),
    }).encode()


def parse_request(data):
    parts = data.decode("ascii", "replace").split()
    if len(parts) != 3 or parts[0] != "STATUS":
        return None
    return parts[1], int(parts[2])


def serve(port=7070):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, sender = sock.recvfrom(512)
        try:
            reply_to = parse_request(data)
        except ValueError:
            continue
        if reply_to is None:
            continue
        sock.sendto(status_payload(), reply_to)


if __name__ == "__main__":
    serve()
