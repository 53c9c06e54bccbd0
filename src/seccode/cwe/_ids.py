"""Parsing and formatting of CWE identifiers (``CWE-089``, ``cwe-89``, ``89``)."""

from __future__ import annotations

import re

from seccode.errors import InputError

_CWE_RE = re.compile(r"^\s*(?:cwe[-_ ]?)?0*(\d{1,5})\s*$", re.IGNORECASE)


def parse_cwe(value: str | int) -> int:
    """Return the integer id of a CWE written as ``CWE-089``, ``CWE-89``, ``cwe89`` or ``89``.

    Raises :class:`InputError` for anything else (``CWE-abc``, ``89x``, ``0``, negative numbers).
    """
    if isinstance(value, bool):  # bool is an int subclass; True is not CWE-1
        raise InputError(f"invalid CWE id {value!r}: expected e.g. CWE-089 or 89")
    if isinstance(value, int):
        if value <= 0:
            raise InputError(f"invalid CWE id {value!r}: must be a positive number")
        return value
    match = _CWE_RE.match(value)
    if not match or int(match.group(1)) == 0:
        raise InputError(f"invalid CWE id {value!r}: expected e.g. CWE-089 or 89")
    return int(match.group(1))


def format_cwe(cwe: int) -> str:
    """Return the canonical display form ``CWE-89`` of a CWE id."""
    return f"CWE-{cwe}"


__all__ = ["format_cwe", "parse_cwe"]
