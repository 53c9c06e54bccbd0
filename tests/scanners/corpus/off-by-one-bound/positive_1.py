"""Positive example for off-by-one-bound: the rule must flag this."""
def bump(values):
    for i in range(len(values) + 1):
        values[i] += 1
