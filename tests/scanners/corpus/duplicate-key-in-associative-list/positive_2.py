"""Positive example for duplicate-key-in-associative-list: a set is built but the list itself keeps duplicates."""


def tag_index(records):
    index = []
    for rec in records:
        index.append((rec.tag, rec.ident))
    seen_tags = set(index)
    index.sort()
    return index, len(seen_tags)
