"""Export all tickets from the helpdesk API into a JSON lines file."""
import json
import os

import requests

API = os.environ.get("HELPDESK_API", "https://helpdesk.example.com/api")


def fetch_page(session, offset):
    resp = session.get(f"{API}/tickets", params={"offset": offset}, timeout=30)
    resp.raise_for_status()
    return resp.json()


def export(path):
    session = requests.Session()
    session.headers["Authorization"] = "Bearer " + os.environ["HELPDESK_TOKEN"]
    offset, total, written = 0, None, 0
    with open(path, "w") as out:
        while total is None or offset < total:
            page = fetch_page(session, offset)
            total = page["total"]
            for ticket in page["items"]:
                out.write(json.dumps(ticket) + "\n")
                written += 1
            offset += page["count"]
    return written


if __name__ == "__main__":
    print("exported", export("tickets.jsonl"), "tickets")
