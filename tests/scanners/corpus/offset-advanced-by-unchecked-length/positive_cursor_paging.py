"""Positive: a paging loop moves its cursor by the page size the remote API reports; a size of 0 repeats the same page for ever."""
import httpx


def pull_all(client: httpx.Client, base: str) -> list[dict]:
    records: list[dict] = []
    start = 0
    remaining = 1
    while start < remaining:
        body = client.get(f"{base}/records", params={"start": start}).json()
        remaining = body["total"]
        records.extend(body["data"])
        start += body.get("returned")
    return records
