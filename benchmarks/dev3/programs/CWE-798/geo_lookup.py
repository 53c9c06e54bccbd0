import json
import os
from pathlib import Path

import requests

CONFIG = Path(os.environ.get("GEO_CONFIG", "/run/secrets/geo.json"))


def load_api_key():
    key = os.environ.get("GEO_API_KEY")
    if key:
        return key
    return json.loads(CONFIG.read_text())["api_key"]


class GeoClient:
    BASE = "https://api.geodata.example.com/v2"

    def __init__(self, api_key, timeout=5):
        self.session = requests.Session()
        self.session.headers.update({"Accept": "application/json", "X-Api-Key": api_key})
        self.timeout = timeout

    def lookup(self, ip):
        resp = self.session.get(f"{self.BASE}/ip/{ip}", timeout=self.timeout)
        resp.raise_for_status()
        body = resp.json()
        return {"country": body.get("country_code"), "city": body.get("city")}


if __name__ == "__main__":
    import sys
    client = GeoClient(load_api_key())
    for addr in sys.argv[1:]:
        print(addr, client.lookup(addr)["country"])
