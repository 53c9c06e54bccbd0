"""Positive example for off-by-one-bound: range(N + 1) over an N-element buffer."""

def histogram(values, buckets):
    counts = [0] * buckets
    for b in range(buckets + 1):
        counts[b] = sum(1 for v in values if v == b)
    return counts
