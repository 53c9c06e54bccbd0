"""Positive example for python-eval-of-dynamic-input: the rule must flag this."""
def compute(expression):
    return eval(expression)
