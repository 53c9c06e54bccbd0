"""Negative example for reply-to-address-from-packet: results go to one collector fixed in the code.

Nothing in the datagram can choose where the forwarded record is sent.
"""

import socket

COLLECTOR = ("10.0.0.7", 5140)


def forward_logs(port):
    inbox = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    inbox.bind(("127.0.0.1", port))
    out = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    while True:
        record, _peer = inbox.recvfrom(4096)
        out.sendto(record[:512], COLLECTOR)
