"""The module generator reseeded with 16 secret bits: the seed space is tiny however it is drawn."""
import random
import secrets


def reseed_for_pins():
    random.seed(secrets.randbits(16))
