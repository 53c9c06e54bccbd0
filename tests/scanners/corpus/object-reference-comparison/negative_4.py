"""Negative example for object-reference-comparison: a sentinel object is compared by identity."""

_MISSING = object()


def lookup(table, key):
    value = table.get(key, _MISSING)
    if value is _MISSING:
        raise KeyError(key)
    return value
