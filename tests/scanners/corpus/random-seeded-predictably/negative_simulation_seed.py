"""A Monte Carlo simulation seeded from 8 random bytes for reproducible runs protects no secret."""
import os
import random


def simulate(trials):
    rng = random.Random(int.from_bytes(os.urandom(8), "big"))
    return sum(rng.random() < 0.5 for _ in range(trials)) / trials
