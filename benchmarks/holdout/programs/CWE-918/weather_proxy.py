import requests
from fastapi import FastAPI

app = FastAPI()
UPSTREAM = "https://api.weather.example.com/v2/current"


@app.get("/weather")
def weather(city: str):
    resp = requests.get(UPSTREAM, params={"q": city}, timeout=5)
    resp.raise_for_status()
    return resp.json()
