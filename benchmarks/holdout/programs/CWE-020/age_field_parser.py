import re
import sys

AGE_RE = re.compile(r"^[0-9]{1,3}$")


def parse_age(raw):
    """Parse a user supplied age and return it as an int."""
    raw = raw.strip()
    if not AGE_RE.fullmatch(raw):
        raise ValueError("age must be a number")
    age = int(raw)
    if not 0 <= age <= 150:
        raise ValueError("age out of range")
    return age


if __name__ == "__main__":
    print(parse_age(sys.argv[1]))
