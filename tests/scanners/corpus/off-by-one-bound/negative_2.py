"""Negative example for off-by-one-bound: zero-based slot rejected at >= COUNT, one-based page at > pages."""
COUNT = 8
slots = [None] * COUNT


def store(slot, value):
    if slot < 0 or slot >= COUNT:
        raise IndexError(slot)
    slots[slot] = value


def page_ok(page, pages):
    return not (page < 1 or page > pages)
