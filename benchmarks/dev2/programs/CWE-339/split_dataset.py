import argparse
import json
import random


def split(records, test_fraction, seed):
    rng = random.Random(seed)
    shuffled = list(records)
    rng.shuffle(shuffled)
    cut = int(len(shuffled) * (1 - test_fraction))
    return shuffled[:cut], shuffled[cut:]


def main():
    ap = argparse.ArgumentParser(description="Reproducible train/test split of a JSONL dataset")
    ap.add_argument("src")
    ap.add_argument("--test-fraction", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=1234)
    args = ap.parse_args()
    with open(args.src) as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    train, test = split(records, args.test_fraction, args.seed)
    for name, part in (("train.jsonl", train), ("test.jsonl", test)):
        with open(name, "w") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in part)
    print(len(train), "train /", len(test), "test")


if __name__ == "__main__":
    main()
