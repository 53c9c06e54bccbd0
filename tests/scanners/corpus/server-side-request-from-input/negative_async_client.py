"""Negative example for server-side-request-from-input: the caller only picks an allow-listed feed."""

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
FEEDS = {"news": "https://feeds.example.org/news.xml", "blog": "https://feeds.example.org/blog.xml"}


@app.get("/proxy")
async def proxy(feed: str):
    if feed not in FEEDS:
        raise HTTPException(status_code=404)
    async with httpx.AsyncClient() as client:
        r = await client.get(FEEDS[feed])
    return {"status": r.status_code}
