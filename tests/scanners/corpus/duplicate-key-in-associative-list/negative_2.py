"""Negative example for duplicate-key-in-associative-list: keys already present are skipped."""


def cookie_pairs(session_id, extra):
    pairs = [("sid", session_id), ("theme", "dark")]
    taken = {k for k, _ in pairs}
    for key, value in extra.items():
        if key not in taken:
            pairs.append((key, value))
    return pairs
