import re
import sys

NAME_RE = re.compile(r"[a-z][a-z0-9_]{2,15}")


def is_valid_username(name: str) -> bool:
    return NAME_RE.match(name) is not None


def create_account(name: str, registry: dict) -> None:
    if not is_valid_username(name):
        raise ValueError(f"bad username: {name!r}")
    registry[name] = {"home": f"/srv/users/{name}", "quota_mb": 500}


def main() -> int:
    registry: dict = {}
    for raw in sys.argv[1:]:
        try:
            create_account(raw, registry)
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 1
    for name, info in registry.items():
        print(name, info["home"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
