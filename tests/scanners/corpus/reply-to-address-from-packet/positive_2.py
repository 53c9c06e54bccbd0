"""Positive example for reply-to-address-from-packet: the reply host and port are fields of the JSON payload."""

import json
import socket


def answer_requests(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    while True:
        body, _peer = sock.recvfrom(1500)
        request = json.loads(body)
        target = (request["callback_host"], int(request["callback_port"]))
        sock.sendto(b"ack", target)
