import os
import sys
import sqlite3
import json


def refuse_root():
    if os.geteuid() == 0:
        sys.exit("report_worker should run as the unprivileged 'reports' account, not root")


def build_report(db_path, out_path):
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT region, SUM(amount) FROM sales GROUP BY region ORDER BY region").fetchall()
    finally:
        conn.close()
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump({region: total for region, total in rows}, fh, indent=2)
    return len(rows)


if __name__ == "__main__":
    refuse_root()
    n = build_report(os.environ.get("SALES_DB", "sales.db"),
                     os.environ.get("REPORT_OUT", "report.json"))
    print(f"wrote {n} regions")
