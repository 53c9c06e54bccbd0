"""Positive example for random-seeded-predictably: the rule must flag this."""
import os
import random
def key_bits():
    random.seed(os.urandom(2))
    return random.getrandbits(128)
