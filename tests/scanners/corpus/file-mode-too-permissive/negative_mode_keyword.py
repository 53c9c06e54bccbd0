import os

PRIVATE = "/srv/keys"


def prepare():
    os.makedirs(PRIVATE, mode=0o700, exist_ok=True)
