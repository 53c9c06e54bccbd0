"""Negative: an early-exit element comparison of ordinary data rows, no secret involved."""


def same_rows(first, second):
    for a, b in zip(first, second):
        if a != b:
            return False
    return True
