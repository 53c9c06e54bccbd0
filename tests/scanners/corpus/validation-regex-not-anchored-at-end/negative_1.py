"""Negative example for validation-regex-not-anchored-at-end: the pattern must match the whole value."""
import re

ZIP = re.compile(r"\d{5}")
TICKET = re.compile(r"^[A-Z]{3}-\d{4}$")


def valid_zip(code: str) -> bool:
    return ZIP.fullmatch(code) is not None


def valid_ticket(ref: str) -> bool:
    return TICKET.match(ref) is not None
