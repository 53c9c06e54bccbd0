"""API keys drawn from a random.Random instance kept on the object: still Mersenne Twister output."""
import random


class KeyIssuer:
    def __init__(self, store):
        self.store = store
        self.prng = random.Random()

    def make_api_key(self, owner):
        api_key = format(self.prng.getrandbits(160), "040x")
        self.store[api_key] = owner
        return api_key
