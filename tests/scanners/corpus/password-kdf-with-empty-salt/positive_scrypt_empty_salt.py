"""Staff PINs are stretched with scrypt but the salt is empty, so equal PINs give equal hashes."""
import hashlib


def hash_staff_pin(pin: str) -> str:
    return hashlib.scrypt(pin.encode(), salt=b"", n=2**14, r=8, p=1).hex()
