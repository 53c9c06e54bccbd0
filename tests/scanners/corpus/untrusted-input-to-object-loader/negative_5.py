"""Negative example for untrusted-input-to-object-loader: the cached bytes are HMAC-verified before they are unpickled."""
import hashlib
import hmac
import os
import pickle

CACHE_KEY = os.environ["CACHE_HMAC_KEY"].encode()


def restore_job(signed: bytes) -> object:
    tag, payload = signed[:32], signed[32:]
    expected = hmac.new(CACHE_KEY, payload, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, expected):
        raise ValueError("cache entry was not signed by this service")
    return pickle.loads(payload)
