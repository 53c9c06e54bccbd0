"""Positive: only the length of the user URL is checked (and isascii), so any host can be fetched."""
import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/fetch")
def fetch(url: str):
    if len(url) > 200 or not url.isascii():
        raise HTTPException(400)
    return httpx.get(url).text
