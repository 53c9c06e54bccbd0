"""Negative example for validation-regex-not-anchored-at-end: a prefix test and a parse, not a whole-value check."""
import re


def is_web_url(url: str) -> bool:
    return re.match(r"^https?://", url) is not None


def version_pair(text: str) -> tuple[int, int]:
    found = re.match(r"(\d+)\.(\d+)", text)
    if found is None:
        return (0, 0)
    return (int(found.group(1)), int(found.group(2)))
