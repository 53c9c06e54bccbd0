"""Permission table read first-match: the second "reports" entry (managers only) never applies."""
PERMISSIONS = (
    ("reports", {"viewer", "manager"}),
    ("billing", {"manager"}),
    ("reports", {"manager"}),
)


def roles_for(section: str) -> set:
    for name, roles in PERMISSIONS:
        if name == section:
            return roles
    return set()
