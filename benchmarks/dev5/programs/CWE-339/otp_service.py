import os
import random
import time

_rng = random.Random()
_rng.seed(os.getpid())

PENDING: dict[str, tuple[str, float]] = {}


def send_login_code(phone: str, sms_client) -> None:
    code = f"{_rng.randint(0, 999999):06d}"
    PENDING[phone] = (code, time.time() + 300)
    sms_client.send(phone, f"Your login code is {code}")


def verify_login_code(phone: str, code: str) -> bool:
    entry = PENDING.pop(phone, None)
    if entry is None:
        return False
    expected, expires = entry
    return time.time() < expires and code == expected
