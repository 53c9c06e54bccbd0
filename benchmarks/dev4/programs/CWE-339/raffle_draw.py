import argparse
import csv
import random


def load_entries(path):
    with open(path, newline="") as fh:
        return [row["email"] for row in csv.DictReader(fh) if row.get("email")]


def draw(entries, winners):
    rng = random.SystemRandom()
    pool = sorted(set(entries))
    if winners > len(pool):
        raise SystemExit("more winners than entrants")
    return rng.sample(pool, winners)


def main():
    ap = argparse.ArgumentParser(description="Pick raffle winners")
    ap.add_argument("entries_csv")
    ap.add_argument("--winners", type=int, default=3)
    args = ap.parse_args()
    for i, email in enumerate(draw(load_entries(args.entries_csv), args.winners), 1):
        print(i, email)


if __name__ == "__main__":
    main()
