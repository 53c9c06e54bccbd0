"""Deterministic random bit generator used to derive per-message nonces."""
import hashlib
import hmac
import os


class HmacDrbg:
    def __init__(self, seed: bytes = None):
        seed = seed if seed is not None else os.urandom(32)
        if len(seed) < 32:
            raise ValueError("seed must be at least 256 bits")
        self._key = b"\x00" * 32
        self._v = b"\x01" * 32
        self._update(seed)

    def _update(self, data=b""):
        self._key = hmac.new(self._key, self._v + b"\x00" + data, hashlib.sha256).digest()
        self._v = hmac.new(self._key, self._v, hashlib.sha256).digest()
        if data:
            self._key = hmac.new(self._key, self._v + b"\x01" + data, hashlib.sha256).digest()
            self._v = hmac.new(self._key, self._v, hashlib.sha256).digest()

    def generate(self, n: int) -> bytes:
        out = b""
        while len(out) < n:
            self._v = hmac.new(self._key, self._v, hashlib.sha256).digest()
            out += self._v
        self._update()
        return out[:n]


if __name__ == "__main__":
    drbg = HmacDrbg()
    for _ in range(3):
        print(drbg.generate(12).hex())
