"""Export all tickets from the helpdesk API into a JSON lines file."""
import json
import os

import requests

API = os.environ.get("HELPDESK_API", "https://helpdesk.example.com/api")
MAX_PAGES = 10_000


def fetch_page(session, offset):
    resp = session.get(f"{API}/tickets", params={"offset": offset}, timeout=30)
    resp.raise_for_status()
    return resp.json()


def export(path):
    session = requests.Session()
    session.headers["Authorization"] = "Bearer " + os.environ["HELPDESK_TOKEN"]
    offset, written = 0, 0
    with open(path, "w") as out:
        for _ in range(MAX_PAGES):
            page = fetch_page(session, offset)
            items = page.get("items") or []
            if not items:
                break
            for ticket in items:
                out.write(json.dumps(ticket) + "\n")
            written += len(items)
            offset += len(items)
            if offset >= page.get("total", 0):
                break
    return written


if __name__ == "__main__":
    print("exported", export("tickets.jsonl"), "tickets")
