"""Positive example for off-by-one-bound: zero-based slot checked with > COUNT."""
COUNT = 8
slots = [None] * COUNT


def store(slot, value):
    if slot < 0 or slot > COUNT:
        raise IndexError(slot)
    slots[slot] = value
