"""The salt is the normalised login name, which anyone can guess for a target account."""
import hashlib


class Accounts:
    def __init__(self):
        self.rows = {}

    def register(self, login: str, secret: str) -> None:
        salt = login.strip().casefold().encode()
        self.rows[login] = hashlib.sha3_256(salt + secret.encode()).hexdigest()
