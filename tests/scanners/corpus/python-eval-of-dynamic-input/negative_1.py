"""Negative example for python-eval-of-dynamic-input: the rule must not flag this."""
import ast
def compute(expression):
    return ast.literal_eval(expression)
