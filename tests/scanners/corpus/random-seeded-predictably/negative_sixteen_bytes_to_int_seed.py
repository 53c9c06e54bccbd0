"""A Monte Carlo job seeds numpy-free random.Random from 16 urandom bytes turned into an int: 128 bits
of seed, and the seed is logged so the run can be replayed."""
import os
import random


def simulate(trials=10_000):
    raw = os.urandom(16)
    seed = int.from_bytes(raw, "little")
    rng = random.Random(seed)
    print("seed", seed)
    return sum(rng.random() < 0.5 for _ in range(trials)) / trials
