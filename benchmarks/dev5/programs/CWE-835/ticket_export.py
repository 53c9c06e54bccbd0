"""Exports all tickets from the helpdesk API, following pagination cursors."""
import json
import os
import sys

import requests

API = os.environ.get("HELPDESK_API", "https://helpdesk.example.com/api/v1")
MAX_PAGES = 10_000


class PaginationError(RuntimeError):
    pass


def iter_tickets(session):
    cursor = None
    seen = set()
    for _page in range(MAX_PAGES):
        params = {"limit": 100}
        if cursor:
            params["cursor"] = cursor
        resp = session.get(f"{API}/tickets", params=params, timeout=30)
        resp.raise_for_status()
        body = resp.json()
        yield from body.get("tickets", [])
        cursor = body.get("next_cursor")
        if not cursor:
            return
        if cursor in seen:
            raise PaginationError(f"server repeated cursor {cursor!r}")
        seen.add(cursor)
    raise PaginationError("too many pages")


def main():
    with requests.Session() as session:
        session.headers["Authorization"] = "Bearer " + os.environ["HELPDESK_TOKEN"]
        count = 0
        for ticket in iter_tickets(session):
            sys.stdout.write(json.dumps(ticket) + "\n")
            count += 1
    print(f"exported {count} tickets", file=sys.stderr)


if __name__ == "__main__":
    main()
