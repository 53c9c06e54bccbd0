"""Negative: the page size reported by the API is checked before the cursor moves, so an empty page ends the loop."""
import httpx


def pull_all(client: httpx.Client, base: str) -> list[dict]:
    records: list[dict] = []
    start = 0
    remaining = 1
    while start < remaining:
        body = client.get(f"{base}/records", params={"start": start}).json()
        remaining = body["total"]
        returned = body.get("returned", 0)
        if returned <= 0:
            break
        records.extend(body["data"])
        start += returned
    return records
