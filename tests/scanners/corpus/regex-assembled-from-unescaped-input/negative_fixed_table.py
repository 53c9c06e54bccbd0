"""Negative example for regex-assembled-from-unescaped-input: a CLI joins the module's own fixed patterns; no web input reaches the regex."""
import re
import sys

LEVELS = ["ERROR", "WARN(?:ING)?", "CRITICAL"]
SEVERE = re.compile("|".join(LEVELS))


def count_severe(path):
    with open(path) as fh:
        return sum(1 for line in fh if SEVERE.search(line))


if __name__ == "__main__":
    print(count_severe(sys.argv[1]))
