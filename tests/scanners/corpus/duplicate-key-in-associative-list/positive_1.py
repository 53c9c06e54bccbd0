"""Positive example for duplicate-key-in-associative-list: the rule must flag this."""
def collect(source):
    pairs = []
    for name, value in source:
        pairs.append((name, value))
    pairs.sort()
    return pairs
