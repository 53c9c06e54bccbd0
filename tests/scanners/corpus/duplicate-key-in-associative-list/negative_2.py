"""Negative example for duplicate-key-in-associative-list: an equal pair is searched for before appending."""


def collect(source):
    pairs = []
    for key, value in source:
        if not any(p[0] == key for p in pairs):
            pairs.append((key, value))
    return sorted(pairs)
