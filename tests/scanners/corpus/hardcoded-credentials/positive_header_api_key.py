"""Positive example for hardcoded-credentials: a live vendor key is written into a client's default
HTTP headers (X-Auth-Token) and a bearer token into another client's Authorization header."""

import httpx

WEATHER_HEADERS = {"User-Agent": "forecast/1.0", "X-Auth-Token": "wx_prod_93ab17c04e5d4b2f8a61"}


def forecast(city):
    with httpx.Client(base_url="https://weather.example.net", headers=WEATHER_HEADERS) as client:
        return client.get("/v1/forecast", params={"q": city}).json()


def billing_client():
    return httpx.Client(
        base_url="https://billing.example.net",
        headers={"Authorization": "Bearer sk_live_51HxQ2bE8kT0pZ9aR3vY"},
    )
