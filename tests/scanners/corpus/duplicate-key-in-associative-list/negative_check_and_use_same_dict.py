"""Repeated keys are rejected before the pairs become a dict, so the checked value is the used one."""
from urllib.parse import parse_qsl


def parse_transfer(body, owned):
    items = parse_qsl(body)
    keys = [k for k, _ in items]
    if len(keys) != len(set(keys)):
        raise ValueError("repeated field")
    fields = dict(items)
    if fields["source"] not in owned:
        raise PermissionError
    return fields
