"""Positive example for validation-regex-not-anchored-at-end: match() only anchors at the start."""
import re

SLUG = re.compile(r"[a-z0-9-]{1,40}")


def accept_slug(slug: str) -> str:
    if SLUG.match(slug) is None:
        raise ValueError("invalid slug")
    return slug
