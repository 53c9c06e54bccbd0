"""Positive for random-seeded-predictably: invite codes come from a generator seeded with the current time."""
import random
import string
import time


def invite_codes(n: int) -> list[str]:
    rng = random.Random(int(time.time()))
    return ["".join(rng.choice(string.ascii_uppercase) for _ in range(10)) for _ in range(n)]
