"""A CLI login: the prompted password is hashed only to compare it with the stored hash."""
import getpass
import hashlib
import hmac
import json


def login(path="operators.json", user="admin"):
    record = json.load(open(path))[user]
    pw = getpass.getpass("Password: ")
    digest = hashlib.pbkdf2_hmac("sha256", pw.encode(), bytes.fromhex(record["salt"]), 200_000)
    return hmac.compare_digest(digest.hex(), record["hash"])
