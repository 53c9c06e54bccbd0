"""Negative example for weak-asymmetric-key-size: the configured key size falls back to 3072 bits."""
import os

from Crypto.PublicKey import RSA


class DeployKeys:
    def __init__(self, bits=None):
        self.bits = bits or int(os.getenv("DEPLOY_KEY_BITS", "3072"))

    def new_key(self):
        return RSA.generate(self.bits)
