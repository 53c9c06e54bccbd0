"""Negative example for tls-version-pinned-deprecated-constant: a floor, not a pinned version."""
import socket
import ssl


def open_tls(host, port):
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    raw = socket.create_connection((host, port))
    return context.wrap_socket(raw, server_hostname=host)
