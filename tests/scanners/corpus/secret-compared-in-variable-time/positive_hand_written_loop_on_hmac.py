"""Positive: a hand-written comparison of an HMAC, element by element, that returns at the first mismatch."""
import hashlib
import hmac

SERVER_KEY = b"loaded-elsewhere"


def sign(payload: bytes) -> bytes:
    return hmac.new(SERVER_KEY, payload, hashlib.sha256).digest()


def same_bytes(left: bytes, right: bytes) -> bool:
    if len(left) != len(right):
        return False
    for i in range(len(left)):
        if left[i] != right[i]:
            return False
    return True


def accept(payload: bytes, presented: bytes) -> bool:
    return same_bytes(sign(payload), presented)
