import socket

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dh
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


class Handshake:
    """Key agreement used by the sync agent before it exchanges file chunks."""

    def __init__(self, key_size=512):
        self.params = dh.generate_parameters(generator=2, key_size=key_size)
        self.private = self.params.generate_private_key()

    def params_pem(self) -> bytes:
        return self.params.parameter_bytes(
            serialization.Encoding.PEM, serialization.ParameterFormat.PKCS3
        )

    def public_pem(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def session_key(self, peer_pem: bytes) -> bytes:
        peer = serialization.load_pem_public_key(peer_pem)
        shared = self.private.exchange(peer)
        return HKDF(hashes.SHA256(), 32, None, b"sync-agent").derive(shared)


def serve(port=9400):
    hs = Handshake()
    with socket.create_server(("", port)) as srv:
        conn, _ = srv.accept()
        with conn:
            conn.sendall(hs.params_pem() + b"\n--\n" + hs.public_pem())
            peer = conn.recv(4096)
            return hs.session_key(peer)
