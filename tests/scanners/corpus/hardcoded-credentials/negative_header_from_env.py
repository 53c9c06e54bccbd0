"""Negative example for hardcoded-credentials: header names are literals, the key and the bearer token
come from the environment."""

import os

import httpx

API_KEY_HEADER = "X-Api-Key"


def forecast(city):
    headers = {API_KEY_HEADER: os.environ["WX_API_KEY"], "Accept": "application/json"}
    with httpx.Client(base_url="https://weather.example.net", headers=headers) as client:
        return client.get("/v1/forecast", params={"q": city}).json()


def billing_client():
    token = os.environ["BILLING_TOKEN"]
    return httpx.Client(
        base_url="https://billing.example.net",
        headers={"Authorization": f"Bearer {token}", "X-Api-Key-Version": "2"},
    )
