"""Positive example for insufficient-entropy-random-string: the rule must flag this."""
import random
import string
def token(n):
    return "".join(random.choice(string.ascii_letters) for _ in range(n))
