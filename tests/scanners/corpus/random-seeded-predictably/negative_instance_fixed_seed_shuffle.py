"""A test fixture shuffles deterministically with a constant seed; nothing secret is produced."""
import random

shuffler = random.Random()
shuffler.seed(1234)


def shuffled_rows(rows):
    rows = list(rows)
    shuffler.shuffle(rows)
    return rows
