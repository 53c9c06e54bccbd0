"""HTTP client for the inventory service, which uses certificates from our private CA."""
import os
import ssl
import json
import urllib.request

CA_BUNDLE = os.environ.get("INVENTORY_CA", "/etc/pki/internal/ca.pem")
BASE_URL = "https://inventory.corp.example.net"


def make_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class InventoryClient:
    def __init__(self, token: str):
        self.token = token
        self.ctx = make_context()

    def _get(self, path: str):
        req = urllib.request.Request(BASE_URL + path, headers={"Authorization": f"Token {self.token}"})
        with urllib.request.urlopen(req, context=self.ctx, timeout=15) as resp:
            return json.load(resp)

    def item(self, sku: str):
        return self._get(f"/items/{urllib.request.quote(sku)}")

    def low_stock(self, threshold: int = 5):
        return [i for i in self._get("/items") if i["qty"] < threshold]


if __name__ == "__main__":
    client = InventoryClient(os.environ["INVENTORY_TOKEN"])
    for item in client.low_stock():
        print(item["sku"], item["qty"])
