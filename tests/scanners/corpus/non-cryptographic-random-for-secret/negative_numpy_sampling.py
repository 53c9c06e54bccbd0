"""numpy random sampling for a bootstrap estimate protects no secret."""
import numpy as np


def bootstrap_mean(values, rounds=1000):
    means = [np.random.choice(values, size=len(values)).mean() for _ in range(rounds)]
    return float(np.mean(means))
