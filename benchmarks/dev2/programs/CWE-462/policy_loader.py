import json
import sys


class DuplicateKeyError(ValueError):
    pass


def _no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKeyError(f"duplicate key in policy: {key!r}")
        seen[key] = value
    return seen


def load_policy(text: str) -> dict:
    return json.loads(text, object_pairs_hook=_no_duplicates)


def is_allowed(policy: dict, action: str) -> bool:
    return policy.get("actions", {}).get(action) == "allow"


if __name__ == "__main__":
    with open(sys.argv[1]) as fh:
        try:
            policy = load_policy(fh.read())
        except DuplicateKeyError as exc:
            sys.exit(f"rejected policy: {exc}")
    for act in sys.argv[2:]:
        print(act, "allowed" if is_allowed(policy, act) else "denied")
