"""The token mixes 32 random bytes with the time; the random bytes carry the entropy."""
import hashlib
import os
import time


def make_download_token(filename):
    material = os.urandom(32) + f"{filename}:{time.time()}".encode()
    return hashlib.sha256(material).hexdigest()
