"""Loads deployment policy files written by the platform team."""
import json
import sys


class DuplicateKeyError(ValueError):
    pass


def reject_duplicates(pairs):
    result = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKeyError(f"duplicate key {key!r}")
        result[key] = value
    return result


def load_policy(path):
    with open(path, encoding="utf-8") as fh:
        policy = json.load(fh, object_pairs_hook=reject_duplicates)
    if not isinstance(policy.get("allowed_regions"), list):
        raise ValueError("allowed_regions must be a list")
    policy.setdefault("require_mfa", True)
    return policy


if __name__ == "__main__":
    try:
        pol = load_policy(sys.argv[1])
    except (DuplicateKeyError, ValueError) as exc:
        sys.exit(f"invalid policy: {exc}")
    print("regions:", ", ".join(pol["allowed_regions"]), "mfa:", pol["require_mfa"])
