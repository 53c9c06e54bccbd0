"""Positive example for server-side-request-from-input: an async client fetches a caller-chosen URL."""

import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/proxy")
async def proxy(url: str):
    async with httpx.AsyncClient() as client:
        r = await client.get(url)
    return {"status": r.status_code}
