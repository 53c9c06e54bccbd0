"""Replies go to the address recvfrom reported; the 'reply_to' field in the body is only logged."""
import json
import logging
import socket

log = logging.getLogger(__name__)


def serve(port=5300):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    while True:
        data, sender = sock.recvfrom(1024)
        req = json.loads(data)
        log.info("request says reply_to=%s", req.get("reply_to"))
        sock.sendto(b'{"ok": true}', sender)
