import json
import socket
import time

STARTED = time.time()


def status_payload() -> bytes:
    return json.dumps({"service": "inventory", "uptime": round(time.time() - STARTED), "healthy": True}).encode()


def serve(port: int = 5354) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, sender = sock.recvfrom(2048)
        try:
            request = json.loads(data)
        except ValueError:
            continue
        if not isinstance(request, dict) or request.get("op") != "status":
            continue
        sock.sendto(status_payload(), sender)


if __name__ == "__main__":
    serve()
