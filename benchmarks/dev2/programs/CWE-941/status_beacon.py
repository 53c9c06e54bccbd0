import json
import socket
import time

STARTED = time.time()


def status_payload():
    return json.dumps({"service": "inventory", "uptime": round(time.time() - STARTED), "healthy": True}).encode()


def serve(port=5353):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, sender = sock.recvfrom(2048)
        try:
            request = json.loads(data)
        except ValueError:
            continue
        if request.get("op") != "status":
            continue
        # monitoring agents may ask for the answer to go to their collector
        reply_to = (request.get("reply_host", sender[0]), int(request.get("reply_port", sender[1])))
        sock.sendto(status_payload(), reply_to)


if __name__ == "__main__":
    serve()
