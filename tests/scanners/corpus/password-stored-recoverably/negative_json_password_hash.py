import json

from argon2 import PasswordHasher

ph = PasswordHasher()


def export_user(path, login, password):
    record = {"login": login, "password": ph.hash(password)}
    with open(path, "w") as fh:
        json.dump(record, fh)
