"""Positive example for duplicate-key-in-associative-list: a literal rate-limit table lists one endpoint twice; the dict comprehension keeps only the later, looser limit."""
RATE_LIMITS = (
    ("/login", 5),
    ("/search", 120),
    ("/export", 2),
    ("/login", 500),
)

LIMIT_BY_PATH = {path: per_minute for path, per_minute in RATE_LIMITS}


def limit_for(path):
    return LIMIT_BY_PATH.get(path, 60)
