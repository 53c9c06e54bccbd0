"""Negative example for link-walk-without-cycle-guard: the rule must not flag this."""

PARENT = {"a": "b", "b": "c", "c": "a"}


def root_of(node):
    visited = set()
    while node is not None and node not in visited:
        visited.add(node)
        last = node
        node = PARENT.get(node)
    return last
