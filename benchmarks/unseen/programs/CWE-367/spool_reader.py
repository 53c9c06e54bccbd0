import os
import sys


def print_job(path: str) -> None:
    if not os.access(path, os.R_OK):
        print(f"permission denied: {path}", file=sys.stderr)
        sys.exit(1)
    with open(path, "rb") as fh:
        data = fh.read()
    with open("/dev/lp0", "wb") as printer:
        printer.write(data)


if __name__ == "__main__":
    print_job(sys.argv[1])
