"""Repeated groups that start or end with a separator their items cannot match are linear: a dotted
package name and a comma-terminated list of words."""
import re

PACKAGE = re.compile(r"^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*$")


def is_word_list(text: str) -> bool:
    return re.fullmatch(r"(?:[A-Za-z]+;)*[A-Za-z]+", text[:500]) is not None
