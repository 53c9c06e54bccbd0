import argparse
import csv
import random
import string
import time

CHARS = string.ascii_uppercase + string.digits


def make_codes(count: int, length: int = 12) -> list[str]:
    rng = random.Random(int(time.time()))
    return ["".join(rng.choice(CHARS) for _ in range(length)) for _ in range(count)]


def main():
    ap = argparse.ArgumentParser(description="Generate redeemable gift coupons")
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--value", type=int, required=True, help="value in cents")
    ap.add_argument("--out", default="coupons.csv")
    args = ap.parse_args()
    with open(args.out, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "value_cents"])
        for code in make_codes(args.count):
            writer.writerow([code, args.value])
    print(f"{args.count} coupons written to {args.out}")


if __name__ == "__main__":
    main()
