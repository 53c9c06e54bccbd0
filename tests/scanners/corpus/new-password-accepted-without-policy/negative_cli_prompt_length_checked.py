"""The script refuses new passwords shorter than 14 characters before hashing them."""
import getpass
import hashlib
import os


def new_credential():
    pw = getpass.getpass("New password: ")
    if len(pw) < 14:
        raise SystemExit("use at least 14 characters")
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600_000)
