"""The login name is normalised for lookup only; the salt is random per account."""
import hashlib
import secrets


def make_record(login: str, secret: str) -> dict:
    key = login.strip().lower()
    salt = secrets.token_bytes(16)
    return {"login": key, "salt": salt, "hash": hashlib.sha256(salt + secret.encode()).hexdigest()}
