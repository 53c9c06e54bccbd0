"""FastAPI proxy for exchange rates from a known set of upstream providers."""
import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()

PROVIDERS = {
    "ecb": "https://rates.ecb.example.org/latest",
    "fed": "https://api.fed-rates.example.com/v1/latest",
}
CURRENCIES = {"USD", "EUR", "GBP", "JPY", "CHF"}


@app.get("/rates/{provider}/{base}")
async def rates(provider: str, base: str):
    upstream = PROVIDERS.get(provider)
    if upstream is None:
        raise HTTPException(status_code=404, detail="unknown provider")
    base = base.upper()
    if base not in CURRENCIES:
        raise HTTPException(status_code=400, detail="unsupported currency")
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.get(upstream, params={"base": base})
    if resp.status_code != 200:
        raise HTTPException(status_code=502, detail="upstream error")
    return resp.json()
