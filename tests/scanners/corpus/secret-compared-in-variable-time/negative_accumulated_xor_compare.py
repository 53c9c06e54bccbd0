"""Negative: a hand-written constant-time tag comparison that accumulates differences and never leaves early."""
import hashlib
import hmac


def mac_for(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def tags_equal(a: bytes, b: bytes) -> bool:
    diff = len(a) ^ len(b)
    for x, y in zip(a, b):
        diff |= x ^ y
    return diff == 0


def check(key: bytes, data: bytes, tag: bytes) -> bool:
    return tags_equal(mac_for(key, data), tag)
