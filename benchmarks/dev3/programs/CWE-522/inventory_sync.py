"""Push local stock levels to the warehouse API."""
import base64
import json
import os
import urllib.request

WAREHOUSE_URL = os.environ.get("WAREHOUSE_URL", "http://warehouse.internal.example.com/api/stock")


class WarehouseClient:
    def __init__(self, user, password):
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        self.headers = {"Authorization": "Basic " + token,
                        "Content-Type": "application/json"}

    def push(self, levels):
        req = urllib.request.Request(WAREHOUSE_URL, data=json.dumps(levels).encode(),
                                     headers=self.headers, method="PUT")
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status


def main():
    client = WarehouseClient(os.environ["WH_USER"], os.environ["WH_PASSWORD"])
    with open("stock.json") as fh:
        levels = json.load(fh)
    print("warehouse answered", client.push(levels))


if __name__ == "__main__":
    main()
