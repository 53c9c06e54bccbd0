"""Positive example for object-reference-comparison: the rule must flag this."""
def same_account(first, second):
    return first is second
