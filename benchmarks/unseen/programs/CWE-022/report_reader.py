import os
import sys

REPORTS = os.path.realpath("/opt/reports")


def resolve_report(name: str) -> str:
    candidate = os.path.realpath(os.path.join(REPORTS, name))
    if os.path.commonpath([candidate, REPORTS]) != REPORTS:
        raise PermissionError(f"{name} is outside the reports folder")
    return candidate


def show(name: str) -> None:
    path = resolve_report(name)
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            print(line.rstrip())


if __name__ == "__main__":
    try:
        show(sys.argv[1])
    except (PermissionError, FileNotFoundError) as err:
        print(f"error: {err}", file=sys.stderr)
        sys.exit(1)
