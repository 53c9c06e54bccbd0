"""Positive example for root-required-never-dropped: a CSV report tool refuses to run unless root."""

import csv
import os
import sys


def summarise(path):
    with open(path, newline="") as fh:
        return sum(float(row["amount"]) for row in csv.DictReader(fh))


if __name__ == "__main__":
    if os.getuid() != 0:
        print("please run with sudo", file=sys.stderr)
        raise SystemExit(1)
    print(summarise(sys.argv[1]))
