import os

SHARED = "/srv/exchange"


def prepare():
    os.makedirs(SHARED, mode=0o777, exist_ok=True)
