"""Positive example for link-walk-without-cycle-guard: the rule must flag this."""

PARENT = {"a": "b", "b": "c", "c": "a"}


def root_of(node):
    while node is not None:
        last = node
        node = PARENT.get(node)
    return last
