import os

REGION = os.environ.get("DEPLOY_REGION", "eu-west-1")
SIGNING_KEY = os.environ["SIGNING_KEY"]


def same_layout(expected_cols, got_cols):
    """Column headers of two CSV exports must line up (nothing secret here)."""
    for a, b in zip(expected_cols, got_cols):
        if a != b:
            return False
    return True


def region_matches(candidate):
    return candidate == REGION
