"""Positive example for tls-version-pinned-deprecated-constant: a client pinned to one TLS version."""
import socket
import ssl


def open_tls(host, port):
    context = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)
    raw = socket.create_connection((host, port))
    return context.wrap_socket(raw, server_hostname=host)
