"""Positive example for duplicate-key-in-associative-list: caller pairs added to a literal pair list."""


def cookie_pairs(session_id, extra):
    pairs = [("sid", session_id), ("theme", "dark")]
    for key, value in extra.items():
        pairs.append((key, value))
    return pairs
