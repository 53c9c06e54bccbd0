"""Validation helpers used by the bulk product importer."""
import csv
import re
import sys
from dataclasses import dataclass

SKU_RE = re.compile(r"[A-Z]{3}-\d{4,8}(?:-[A-Z0-9]{2})?")
PRICE_RE = re.compile(r"\d{1,7}(?:\.\d{1,2})?")
MAX_FIELD = 256


@dataclass
class RowError:
    line: int
    field: str
    message: str


def check_row(lineno, row):
    errors = []
    for field in ("sku", "price", "title"):
        value = row.get(field) or ""
        if len(value) > MAX_FIELD:
            errors.append(RowError(lineno, field, "too long"))
    sku = (row.get("sku") or "")[:MAX_FIELD]
    price = (row.get("price") or "")[:MAX_FIELD]
    if not SKU_RE.fullmatch(sku):
        errors.append(RowError(lineno, "sku", "expected AAA-1234 or AAA-1234-X1"))
    if not PRICE_RE.fullmatch(price):
        errors.append(RowError(lineno, "price", "expected a decimal price"))
    return errors


def validate_file(path):
    problems = []
    with open(path, newline="", encoding="utf-8") as fh:
        for lineno, row in enumerate(csv.DictReader(fh), start=2):
            problems.extend(check_row(lineno, row))
    return problems


if __name__ == "__main__":
    issues = validate_file(sys.argv[1])
    for issue in issues:
        print(f"line {issue.line}: {issue.field}: {issue.message}")
    sys.exit(1 if issues else 0)
