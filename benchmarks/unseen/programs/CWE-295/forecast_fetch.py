import os
import sys

import requests

API = "https://api.weather.internal/v2/current"
CA_BUNDLE = "/etc/ssl/certs/corp-root-ca.pem"


def current(city: str) -> dict:
    session = requests.Session()
    session.verify = CA_BUNDLE
    resp = session.get(API, params={"q": city, "key": os.environ["WEATHER_KEY"]}, timeout=10)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    data = current(sys.argv[1])
    print(f"{data['city']}: {data['temp_c']} C, {data['summary']}")
