"""Negative example for password-hash-without-salt: the PIN goes through PBKDF2 with a random per-record salt."""
import hashlib
import os


def door_pin_record(badge, pin):
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 600_000)
    return {"badge": badge, "salt": salt.hex(), "pin_hash": digest.hex()}
