"""Negative for random-seeded-predictably: a seeded generator makes a queue simulation reproducible."""
import random


def simulate_queue(arrivals: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    waits = [rng.expovariate(1.5) for _ in range(arrivals)]
    return sum(waits) / len(waits)
