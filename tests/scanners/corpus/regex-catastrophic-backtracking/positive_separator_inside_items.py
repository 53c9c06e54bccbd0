"""The separator is also allowed inside the repeated item ([\w.]+), so (\.[\w.]+)+ splits ambiguously."""
import re


def valid_host(name: str) -> bool:
    return re.match(r"^\w+(\.[\w.]+)+$", name) is not None
