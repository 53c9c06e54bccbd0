"""Negative for weak-hash-for-security: MD5 only names thumbnail files and is declared not for security."""
import hashlib


def thumbnail_name(image_url: str) -> str:
    return hashlib.md5(image_url.encode(), usedforsecurity=False).hexdigest() + ".png"
