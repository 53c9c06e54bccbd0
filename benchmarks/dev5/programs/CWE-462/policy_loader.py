import json
import sys


class DuplicateKeyError(ValueError):
    pass


def _no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKeyError(f"key {key!r} defined more than once")
        seen[key] = value
    return seen


def load_policy(path: str) -> dict:
    """Load an access policy file; repeated keys are rejected rather than silently overwritten."""
    with open(path) as fh:
        policy = json.load(fh, object_pairs_hook=_no_duplicates)
    for role, perms in policy.get("roles", {}).items():
        if not isinstance(perms, list):
            raise ValueError(f"permissions for {role} must be a list")
    return policy


if __name__ == "__main__":
    try:
        p = load_policy(sys.argv[1])
    except (DuplicateKeyError, ValueError) as exc:
        sys.exit(f"invalid policy: {exc}")
    for role, perms in p["roles"].items():
        print(role, ", ".join(perms))
