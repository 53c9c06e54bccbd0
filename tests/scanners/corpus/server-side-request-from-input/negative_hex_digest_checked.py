"""Negative: the path part is rejected unless every character is a hex digit, so it cannot change the host."""
import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
HEX = set("0123456789abcdef")


@app.get("/commit")
def commit(sha: str):
    if len(sha) != 40 or any(ch not in HEX for ch in sha):
        raise HTTPException(400)
    return httpx.get(f"https://git.internal/api/commits/{sha}").json()
