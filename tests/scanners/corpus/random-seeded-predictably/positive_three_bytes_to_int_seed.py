"""A lottery draw seeds its generator with int.from_bytes of three random bytes: 2**24 possible draws."""
import random
import secrets


def draw_numbers(pool=49, picks=6):
    entropy = secrets.token_bytes(3)
    seed_value = int.from_bytes(entropy, "big")
    rng = random.Random(seed_value)
    return sorted(rng.sample(range(1, pool + 1), picks))
