"""Positive example for off-by-one-bound: len(x) admitted as an index."""


def pick(options, choice):
    if choice < 0 or choice > len(options):
        return None
    return options[choice]


def pick2(options, choice):
    if choice > len(options):
        raise ValueError("no such option")
    return options[choice]


def read_slot(slots, i, CAPACITY):
    if 0 <= i <= CAPACITY:
        return slots[i]
    return None
