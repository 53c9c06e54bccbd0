"""Negative example for object-reference-comparison: value equality, and identity only with None."""


def can_publish(state, reviewer):
    return state == "approved" and reviewer is not None
