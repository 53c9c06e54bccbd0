import sys

import requests

API = "https://api.weather.example/v2/current"


def current(city: str, api_key: str) -> dict:
    resp = requests.get(API, params={"q": city, "key": api_key}, timeout=10, verify=False)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    data = current(sys.argv[1], sys.argv[2])
    print(f"{data['city']}: {data['temp_c']} C, {data['summary']}")
