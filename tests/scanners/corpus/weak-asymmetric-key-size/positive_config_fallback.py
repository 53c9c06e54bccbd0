"""Positive example for weak-asymmetric-key-size: the key size comes from settings whose fallback (what a deployment gets when it sets nothing) is 1024 bits."""
from cryptography.hazmat.primitives.asymmetric import rsa


class TokenSigner:
    def __init__(self, settings):
        self.key_size = settings.get("signing_key_bits", 1024)
        self.private_key = rsa.generate_private_key(public_exponent=65537, key_size=self.key_size)
