"""UDP status service for the media gateways. Monitoring sends a JSON probe and gets a status report back."""
import json
import socket
import time

LISTEN = ("0.0.0.0", 6200)
STARTED = time.time()


def build_report():
    return {
        "uptime": int(time.time() - STARTED),
        "channels": 48,
        "active_calls": 12,
        "firmware": "4.2.7",
    }


def reply_address(probe, sender):
    # probes may ask for the report to go to the collector instead of the prober
    target = probe.get("reply_to")
    if target:
        host, _, port = target.rpartition(":")
        return host, int(port)
    return sender


def serve():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(LISTEN)
    while True:
        data, sender = sock.recvfrom(2048)
        try:
            probe = json.loads(data)
            dest = reply_address(probe, sender)
        except (ValueError, AttributeError):
            continue
        sock.sendto(json.dumps(build_report()).encode(), dest)


if __name__ == "__main__":
    serve()
