"""Builds a reproducible synthetic orders file for the load-test environment."""
import csv
import random
import sys

PRODUCTS = ["widget", "gadget", "gizmo", "doohickey", "sprocket"]


def generate(rows: int, seed: int = 42):
    rng = random.Random(seed)
    for i in range(rows):
        yield {
            "order_id": i + 1,
            "product": rng.choice(PRODUCTS),
            "qty": rng.randint(1, 9),
            "unit_price": round(rng.uniform(2.0, 80.0), 2),
        }


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    writer = csv.DictWriter(sys.stdout, fieldnames=["order_id", "product", "qty", "unit_price"])
    writer.writeheader()
    writer.writerows(generate(n))
