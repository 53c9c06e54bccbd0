"""Builds synthetic order rows for the staging load test; values are not sensitive."""
import csv
import random
import secrets
import sys

PRODUCTS = ["widget", "gadget", "gizmo", "doohickey"]


def make_rows(n, rng):
    for i in range(n):
        yield {
            "order_no": i + 1,
            "product": rng.choice(PRODUCTS),
            "qty": rng.randint(1, 12),
            "unit_price": round(rng.uniform(2.0, 80.0), 2),
        }


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    # fixed seed keeps runs reproducible for comparing latency graphs
    rng = random.Random(20240601)
    writer = csv.DictWriter(sys.stdout, fieldnames=["order_no", "product", "qty", "unit_price"])
    writer.writeheader()
    for row in make_rows(count, rng):
        writer.writerow(row)
    run_id = secrets.token_hex(8)
    print(f"# run {run_id}", file=sys.stderr)


if __name__ == "__main__":
    main()
