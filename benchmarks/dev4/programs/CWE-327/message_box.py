import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


class MessageBox:
    """Encrypts queued messages between the ingest and worker tiers."""

    def __init__(self, key=None):
        self.key = key or ChaCha20Poly1305.generate_key()
        self._aead = ChaCha20Poly1305(self.key)

    def seal(self, message: bytes, queue_name: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, message, queue_name.encode())

    def open(self, sealed: bytes, queue_name: str) -> bytes:
        return self._aead.decrypt(sealed[:12], sealed[12:], queue_name.encode())


def drain(queue, box, queue_name, handler):
    while queue:
        sealed = queue.pop(0)
        handler(box.open(sealed, queue_name))


if __name__ == "__main__":
    box = MessageBox()
    q = [box.seal(b"order:1234", "orders"), box.seal(b"order:1235", "orders")]
    drain(q, box, "orders", print)
