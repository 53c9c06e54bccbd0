"""A KDF helper whose salt variable is empty for every user."""
from hashlib import pbkdf2_hmac

ROUNDS = 310_000


def derive_login_key(passphrase):
    salt = b""
    return pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, ROUNDS)
