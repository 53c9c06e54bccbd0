"""Negative example for regex-catastrophic-backtracking: a linear pattern kept in a name first."""
import re

AMOUNT = r"^\d{1,12}\.\d{2}$"


def is_amount(text):
    return re.fullmatch(AMOUNT, text) is not None
