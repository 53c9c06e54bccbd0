"""Negative example for duplicate-key-in-associative-list: the list is rebuilt without duplicates before use."""


def merge_headers(incoming):
    headers = []
    for item in incoming:
        headers.append((item.name.lower(), item.value))
    headers = list(dict.fromkeys(headers))
    headers.sort(key=lambda h: h[0])
    return headers
