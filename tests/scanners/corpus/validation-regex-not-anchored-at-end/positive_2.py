"""Positive example for validation-regex-not-anchored-at-end: "^" alone still leaves the tail open."""
import re


def check_hostname(host: str) -> bool:
    if not re.match(r"^[A-Za-z0-9.-]+", host):
        return False
    return True
