"""The CWE catalogue: ids, names, one-line definitions and the relations between weaknesses."""

from seccode.cwe._ids import format_cwe, parse_cwe

__all__ = ["format_cwe", "parse_cwe"]
