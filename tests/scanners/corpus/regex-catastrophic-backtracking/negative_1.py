"""Negative example for regex-catastrophic-backtracking: the rule must not flag this."""
import re
def has_numbers(text):
    return re.search(r"^\d+$", text)
