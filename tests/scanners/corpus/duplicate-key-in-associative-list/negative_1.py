"""Negative example for duplicate-key-in-associative-list: the rule must not flag this."""
def collect(source):
    table = {}
    for name, value in source:
        table[name] = value
    return sorted(table.items())
