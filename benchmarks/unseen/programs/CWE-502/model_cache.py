import hashlib
import hmac
import os
import pickle as pk

CACHE_DIR = os.path.expanduser("~/.cache/trainer")
KEY = os.environ["CACHE_HMAC_KEY"].encode()


def save(name, obj):
    data = pk.dumps(obj)
    tag = hmac.new(KEY, data, hashlib.sha256).digest()
    with open(os.path.join(CACHE_DIR, name), "wb") as fh:
        fh.write(tag + data)


def load(name):
    with open(os.path.join(CACHE_DIR, name), "rb") as fh:
        blob = fh.read()
    tag, data = blob[:32], blob[32:]
    if not hmac.compare_digest(tag, hmac.new(KEY, data, hashlib.sha256).digest()):
        raise ValueError("cache entry was tampered with")
    return pk.loads(data)
