"""Positive example for shared-socket-owner-not-verified: a metrics client sends tokens to a datagram socket
under the shared temporary directory."""

import os
import socket
import tempfile

METRICS_SOCK = os.path.join(tempfile.gettempdir(), "metricsd.sock")


def push(token, value):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.connect(METRICS_SOCK)
    sock.send(f"{token} {value}".encode())
