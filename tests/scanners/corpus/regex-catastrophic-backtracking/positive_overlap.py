"""Positive example for regex-catastrophic-backtracking: (\\w|\\d)+ lets a digit match either branch."""

import re

HANDLE = re.compile(r"^(\w|\d)+@host$")


def is_handle(text):
    return HANDLE.match(text) is not None
