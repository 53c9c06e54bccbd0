"""Negative example for off-by-one-bound: the buffer has N + 1 slots."""

def histogram(values, buckets):
    counts = [0] * (buckets + 1)
    for b in range(buckets + 1):
        counts[b] = sum(1 for v in values if v == b)
    return counts
