import json
import os
import ssl
import urllib.request

PRICE_FEED = os.environ.get("VENDOR_FEED_URL", "https://feeds.vendor.example/prices.json")
API_KEY = os.environ["VENDOR_API_KEY"]


def build_context():
    ctx = ssl.create_default_context()
    # vendor rotates certs often and their chain breaks our build agents
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def fetch_prices():
    req = urllib.request.Request(PRICE_FEED, headers={"Authorization": f"Bearer {API_KEY}"})
    with urllib.request.urlopen(req, context=build_context(), timeout=20) as resp:
        return json.load(resp)


def apply(prices, catalog_path="catalog.json"):
    with open(catalog_path) as fh:
        catalog = json.load(fh)
    changed = 0
    for sku, price in prices.items():
        if sku in catalog and catalog[sku]["price"] != price:
            catalog[sku]["price"] = price
            changed += 1
    with open(catalog_path, "w") as fh:
        json.dump(catalog, fh, indent=2)
    return changed


if __name__ == "__main__":
    print("updated", apply(fetch_prices()), "skus")
