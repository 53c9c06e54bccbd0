"""Negative example for off-by-one-bound: the rule must not flag this."""
def bump(values):
    for i in range(len(values)):
        values[i] += 1
