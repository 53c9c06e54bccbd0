"""Negative example for link-walk-without-cycle-guard: visited nodes are skipped."""

LINKS = {"a": ["b"], "b": ["c"], "c": ["a"]}


def reachable(start):
    visited = set()
    queue = [start]
    while queue:
        node = queue.pop(0)
        if node in visited:
            continue
        visited.add(node)
        queue.extend(LINKS.get(node, []))
    return visited
