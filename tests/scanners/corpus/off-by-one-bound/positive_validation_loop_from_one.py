"""Positive: a CLI validates every attachment path before sending, but the index loop starts at 1, so the first attachment is never checked."""
import sys

MAX_BYTES = 5_000_000


def validate(sizes: list[int]) -> str | None:
    for n in range(1, len(sizes)):
        if sizes[n] > MAX_BYTES or sizes[n] < 0:
            return f"attachment {n} has an invalid size"
    return None


if __name__ == "__main__":
    error = validate([int(a) for a in sys.argv[1:]])
    if error:
        sys.exit(error)
