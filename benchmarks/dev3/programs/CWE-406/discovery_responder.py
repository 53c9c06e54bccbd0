import json
import socket

MIN_QUERY = 512


def answer(service_name, hosts):
    return json.dumps({"service": service_name, "hosts": hosts[:8]}).encode()


def serve(registry, port=8600):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        data, addr = sock.recvfrom(2048)
        # queries are padded to MIN_QUERY bytes so a reply is never larger than the request
        if len(data) < MIN_QUERY:
            continue
        name = data.split(b"\0", 1)[0].decode("ascii", "ignore")
        reply = answer(name, registry.get(name, []))
        if len(reply) > len(data):
            reply = json.dumps({"service": name, "truncated": True}).encode()
        sock.sendto(reply, addr)
