import json
import random
import sys


def draw(entries, winners):
    rng = random.SystemRandom()
    return rng.sample(entries, k=winners)


if __name__ == "__main__":
    with open(sys.argv[1]) as fh:
        entrants = json.load(fh)["entrants"]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    for i, name in enumerate(draw(entrants, n), 1):
        print(f"{i}. {name}")
