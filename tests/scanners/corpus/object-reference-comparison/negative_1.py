"""Negative example for object-reference-comparison: the rule must not flag this."""
def same_account(first, second):
    return first.number == second.number
