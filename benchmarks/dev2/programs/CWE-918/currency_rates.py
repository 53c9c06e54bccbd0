import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()

PROVIDERS = {
    "ecb": "https://rates.ecb.example/latest",
    "fed": "https://fx.fed.example/api/v1/rates",
}
CURRENCIES = {"USD", "EUR", "GBP", "JPY", "CHF"}


@app.get("/rates/{provider}/{base}")
def rates(provider: str, base: str):
    endpoint = PROVIDERS.get(provider)
    if endpoint is None:
        raise HTTPException(status_code=404, detail="unknown provider")
    base = base.upper()
    if base not in CURRENCIES:
        raise HTTPException(status_code=400, detail="unsupported currency")
    resp = requests.get(endpoint, params={"base": base}, timeout=5, allow_redirects=False)
    if resp.status_code != 200:
        raise HTTPException(status_code=502, detail="provider error")
    return resp.json()
