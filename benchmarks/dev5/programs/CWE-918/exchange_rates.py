"""Exchange-rate proxy: clients pick one of the configured rate providers by name."""
import logging

import requests
import tornado.ioloop
import tornado.web

log = logging.getLogger("rates")

PROVIDERS = {
    "ecb": "https://data.ecb.example/rates/latest.json",
    "fed": "https://fed.example/api/h10/latest",
    "boe": "https://boe.example/rates/daily.json",
}
CURRENCIES = {"USD", "EUR", "GBP", "JPY", "CHF"}


class RateClient:
    def __init__(self, providers):
        self.providers = providers
        self.session = requests.Session()

    def latest(self, provider, base):
        url = self.providers[provider]
        resp = self.session.get(url, params={"base": base}, timeout=8, allow_redirects=False)
        resp.raise_for_status()
        return resp.json()


class RatesHandler(tornado.web.RequestHandler):
    def initialize(self, client):
        self.client = client

    def get(self, provider):
        if provider not in PROVIDERS:
            raise tornado.web.HTTPError(404, "unknown provider")
        base = self.get_argument("base", "EUR").upper()
        if base not in CURRENCIES:
            raise tornado.web.HTTPError(400, "unsupported currency")
        try:
            data = self.client.latest(provider, base)
        except requests.RequestException as exc:
            log.warning("provider %s failed: %s", provider, exc)
            raise tornado.web.HTTPError(502)
        self.write({"provider": provider, "base": base, "rates": data.get("rates", {})})


def make_app():
    client = RateClient(PROVIDERS)
    return tornado.web.Application([(r"/rates/(\w+)", RatesHandler, {"client": client})])


if __name__ == "__main__":
    make_app().listen(8000)
    tornado.ioloop.IOLoop.current().start()
