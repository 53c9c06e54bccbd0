import json
import socket
import time


def serve(port=6100):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        raw, sender = sock.recvfrom(2048)
        try:
            msg = json.loads(raw)
        except ValueError:
            continue
        reply = json.dumps({"id": msg.get("id"), "time": time.time()}).encode()
        sock.sendto(reply[: len(raw)], sender)


if __name__ == "__main__":
    serve()
