"""Credentials go over https in an Authorization header; the http URL only carries a page cursor."""
import httpx


def fetch_pages(base, cursor, password):
    first = httpx.get("https://" + base + "/items", auth=("sync", password))
    nxt = httpx.get(f"http://{base}/items?page_token={cursor}")
    return first.json(), nxt.json()
