"""Negative example for duplicate-key-in-associative-list: repeated keys in a header list are meant (two cookies), and it is never turned into a dict; the dict is built from unique pairs."""
DEFAULT_HEADERS = [
    ("Set-Cookie", "theme=dark; Path=/"),
    ("Set-Cookie", "lang=en; Path=/"),
    ("Cache-Control", "no-store"),
]

TIMEOUTS = dict([("connect", 3.0), ("read", 10.0), ("write", 10.0)])


def start_response_headers(extra):
    return DEFAULT_HEADERS + list(extra)
