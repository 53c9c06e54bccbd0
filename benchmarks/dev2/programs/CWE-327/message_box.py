import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass
class SealedMessage:
    nonce: bytes
    ciphertext: bytes

    def to_bytes(self) -> bytes:
        return self.nonce + self.ciphertext

    @classmethod
    def from_bytes(cls, raw: bytes) -> "SealedMessage":
        return cls(raw[:12], raw[12:])


class MessageBox:
    def __init__(self, key: bytes):
        self._aead = ChaCha20Poly1305(key)

    def seal(self, recipient: str, body: str) -> SealedMessage:
        nonce = os.urandom(12)
        return SealedMessage(nonce, self._aead.encrypt(nonce, body.encode(), recipient.encode()))

    def open(self, recipient: str, msg: SealedMessage) -> str:
        return self._aead.decrypt(msg.nonce, msg.ciphertext, recipient.encode()).decode()


if __name__ == "__main__":
    box = MessageBox(ChaCha20Poly1305.generate_key())
    m = box.seal("alice", "meet at noon")
    print(box.open("alice", SealedMessage.from_bytes(m.to_bytes())))
