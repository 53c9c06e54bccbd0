"""Negative for tls-certificate-verification-disabled: the CLIENT_AUTH context serves incoming connections."""
import socket
import ssl


def serve_once(cert: str, key: str, port: int = 8443) -> None:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    with socket.create_server(("0.0.0.0", port)) as srv:
        conn, _ = srv.accept()
        with ctx.wrap_socket(conn, server_side=True) as tls:
            tls.sendall(b"hello\n")
