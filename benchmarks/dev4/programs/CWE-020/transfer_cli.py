import argparse
import sqlite3


def move_funds(conn, src, dst, amount):
    cur = conn.cursor()
    cur.execute("UPDATE accounts SET balance = balance - ? WHERE id = ?", (amount, src))
    cur.execute("UPDATE accounts SET balance = balance + ? WHERE id = ?", (amount, dst))
    conn.commit()


def parse_amount(raw):
    # amounts come in as "12.50" style strings
    return float(raw)


def main():
    parser = argparse.ArgumentParser(description="Move money between two accounts")
    parser.add_argument("source", type=int)
    parser.add_argument("dest", type=int)
    parser.add_argument("amount")
    parser.add_argument("--db", default="ledger.db")
    args = parser.parse_args()

    amount = parse_amount(args.amount)
    conn = sqlite3.connect(args.db)
    move_funds(conn, args.source, args.dest, amount)
    print(f"moved {amount} from {args.source} to {args.dest}")


if __name__ == "__main__":
    main()
