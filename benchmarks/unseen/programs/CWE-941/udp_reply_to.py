import json
import socket


def serve(port=6100):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        raw, _sender = sock.recvfrom(2048)
        msg = json.loads(raw)
        reply = json.dumps({"id": msg.get("id"), "time": __import__("time").time()}).encode()
        dest = (msg["reply_host"], int(msg["reply_port"]))
        sock.sendto(reply, dest)


if __name__ == "__main__":
    serve()
