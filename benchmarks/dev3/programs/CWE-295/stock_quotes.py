import argparse
import csv
import sys

import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

API = "https://quotes.internal.example.com/v2/quote"


def fetch(symbol, api_key):
    resp = requests.get(
        API,
        params={"symbol": symbol},
        headers={"Authorization": f"Bearer {api_key}"},
        timeout=10,
        verify=False,
    )
    resp.raise_for_status()
    return resp.json()


def main():
    parser = argparse.ArgumentParser(description="Dump latest quotes as CSV")
    parser.add_argument("symbols", nargs="+")
    parser.add_argument("--key", required=True)
    args = parser.parse_args()
    writer = csv.writer(sys.stdout)
    writer.writerow(["symbol", "price", "ts"])
    for sym in args.symbols:
        q = fetch(sym, args.key)
        writer.writerow([sym, q["price"], q["timestamp"]])


if __name__ == "__main__":
    main()
