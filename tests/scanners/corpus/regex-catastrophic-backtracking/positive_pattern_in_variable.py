"""Positive example for regex-catastrophic-backtracking: the pattern is kept in a name first."""
import re

AMOUNT = r"^(\d+)+\.\d{2}$"


def is_amount(text):
    return re.fullmatch(AMOUNT, text) is not None
