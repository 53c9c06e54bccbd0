"""Positive example for pickle-load-of-untrusted-data: the HMAC covers other bytes than the ones unpickled."""
import hashlib
import hmac
import pickle

KEY = b"k" * 32


def restore(header: bytes, body: bytes, tag: bytes) -> object:
    expected = hmac.new(KEY, header, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, expected):
        raise ValueError("bad tag")
    return pickle.loads(body)
