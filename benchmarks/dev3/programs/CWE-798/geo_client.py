import requests


class GeoClient:
    BASE = "https://api.geodata.example.com/v2"
    DEFAULT_HEADERS = {
        "Accept": "application/json",
        "X-Api-Key": "gk_live_4f9a1c7be2d84a0f93b6c1d2e5a7f880",
    }

    def __init__(self, timeout=5):
        self.session = requests.Session()
        self.session.headers.update(self.DEFAULT_HEADERS)
        self.timeout = timeout

    def lookup(self, ip):
        resp = self.session.get(f"{self.BASE}/ip/{ip}", timeout=self.timeout)
        resp.raise_for_status()
        body = resp.json()
        return {"country": body.get("country_code"), "city": body.get("city")}


def country_for(ip, client=None):
    client = client or GeoClient()
    return client.lookup(ip)["country"]


if __name__ == "__main__":
    import sys
    for addr in sys.argv[1:]:
        print(addr, country_for(addr))
