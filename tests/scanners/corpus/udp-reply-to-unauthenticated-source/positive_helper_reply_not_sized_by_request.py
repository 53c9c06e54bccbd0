"""A UDP status service: a helper builds the full status document whatever the request size, and
every datagram gets it sent to its claimed source (amplification)."""
import json
import socket

STATE = {"nodes": [f"node-{i}" for i in range(200)], "healthy": True}


def build_status(request):
    verbose = request.startswith(b"V")
    return json.dumps(STATE if verbose else {"healthy": True}).encode()


def run(port=7401):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", port))
    while True:
        data, peer = s.recvfrom(64)
        out = build_status(data)
        s.sendto(out, peer)
