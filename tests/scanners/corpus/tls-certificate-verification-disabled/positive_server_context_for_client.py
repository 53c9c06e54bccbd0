"""Positive for tls-certificate-verification-disabled: a client connects with a context built for servers (no certificate check)."""
import socket
import ssl


def fetch_banner(host: str, port: int = 993) -> bytes:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    raw = socket.create_connection((host, port))
    with ctx.wrap_socket(raw, server_hostname=host) as tls:
        return tls.recv(256)
