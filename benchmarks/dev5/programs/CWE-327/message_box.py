"""Encrypted message storage for the support inbox."""
import os
import json
from typing import Optional

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
import redis


class MessageBox:
    def __init__(self, key: bytes, client: Optional[redis.Redis] = None):
        if len(key) != 32:
            raise ValueError("key must be 32 bytes")
        self.aead = ChaCha20Poly1305(key)
        self.r = client or redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))

    def _seal(self, ticket_id: str, payload: dict) -> bytes:
        nonce = os.urandom(12)
        ct = self.aead.encrypt(nonce, json.dumps(payload).encode(), ticket_id.encode())
        return nonce + ct

    def _open(self, ticket_id: str, blob: bytes) -> dict:
        return json.loads(self.aead.decrypt(blob[:12], blob[12:], ticket_id.encode()))

    def post(self, ticket_id: str, author: str, text: str) -> None:
        self.r.rpush(f"ticket:{ticket_id}", self._seal(ticket_id, {"author": author, "text": text}))

    def history(self, ticket_id: str) -> list:
        return [self._open(ticket_id, b) for b in self.r.lrange(f"ticket:{ticket_id}", 0, -1)]


if __name__ == "__main__":
    box = MessageBox(bytes.fromhex(os.environ["INBOX_KEY"]))
    box.post("T-100", "agent", "We are looking into it.")
    print(box.history("T-100"))
