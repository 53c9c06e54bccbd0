"""Positive example for link-walk-without-cycle-guard: a worklist refilled without a visited set."""

LINKS = {"a": ["b"], "b": ["c"], "c": ["a"]}


def reachable(start):
    seen_order = []
    queue = [start]
    while queue:
        node = queue.pop(0)
        seen_order.append(node)
        queue.extend(LINKS.get(node, []))
    return seen_order
