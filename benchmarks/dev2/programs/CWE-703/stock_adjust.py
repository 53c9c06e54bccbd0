import argparse
import json
import sys
from pathlib import Path


class StockError(Exception):
    pass


def load(path: Path) -> dict[str, int]:
    try:
        return {k: int(v) for k, v in json.loads(path.read_text()).items()}
    except FileNotFoundError:
        return {}
    except (ValueError, TypeError) as exc:
        raise StockError(f"{path} is corrupt: {exc}") from exc


def move(stock: dict[str, int], source: str, target: str, qty: int) -> None:
    if qty <= 0:
        raise StockError("quantity must be positive")
    available = stock.get(source, 0)
    if available < qty:
        raise StockError(f"only {available} units in {source}")
    stock[source] = available - qty
    stock[target] = stock.get(target, 0) + qty


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("qty", type=int)
    args = parser.parse_args()
    try:
        stock = load(args.file)
        move(stock, args.source, args.target, args.qty)
    except StockError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    tmp = args.file.with_suffix(".tmp")
    tmp.write_text(json.dumps(stock))
    tmp.replace(args.file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
