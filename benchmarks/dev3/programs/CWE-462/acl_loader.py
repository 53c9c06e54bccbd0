"""Builds the SFTP gateway access table."""

ACCESS_ENTRIES = [
    ("alice", "/exports/finance"),
    ("bob", "/exports/marketing"),
    ("carol", "/exports/finance"),
    ("dave", "/exports/ops"),
    ("erin", "/exports/marketing"),
    ("bob", "/"),
    ("frank", "/exports/ops"),
]

ACCESS = dict(ACCESS_ENTRIES)


def allowed_root(user):
    return ACCESS.get(user)


def can_access(user, path):
    root = allowed_root(user)
    if root is None:
        return False
    root = root.rstrip("/") + "/"
    return (path.rstrip("/") + "/").startswith(root)
