import argparse
import csv
import random
import string
import time

ALPHABET = string.ascii_uppercase + string.digits


def generate(count, length=12):
    random.seed(int(time.time()))
    codes = set()
    while len(codes) < count:
        codes.add("".join(random.choice(ALPHABET) for _ in range(length)))
    return sorted(codes)


def main():
    ap = argparse.ArgumentParser(description="Generate single-use gift coupon codes worth --value each")
    ap.add_argument("count", type=int)
    ap.add_argument("--value", type=int, default=50)
    ap.add_argument("--out", default="coupons.csv")
    args = ap.parse_args()
    with open(args.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["code", "value"])
        for code in generate(args.count):
            w.writerow([code, args.value])


if __name__ == "__main__":
    main()
