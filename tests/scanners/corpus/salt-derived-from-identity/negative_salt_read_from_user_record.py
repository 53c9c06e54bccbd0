"""The stored random salt is looked up by user name (from the record), not computed from it."""
import hashlib


def check(users, username, password):
    record = users[username]
    salt = bytes.fromhex(record["salt"])
    digest = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 300_000)
    return digest.hex() == record["hash"]
