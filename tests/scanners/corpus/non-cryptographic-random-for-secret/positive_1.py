"""Positive example for non-cryptographic-random-for-secret: the rule must flag this."""
import random
def session_id():
    return str(random.getrandbits(64))
