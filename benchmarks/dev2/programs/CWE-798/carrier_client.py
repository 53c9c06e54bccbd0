import json
import os
from dataclasses import dataclass
from pathlib import Path

import requests

DEFAULT_CONFIG = Path("/etc/shipping/carrier.json")


@dataclass
class CarrierSettings:
    base_url: str
    client_id: str
    client_secret: str

    @classmethod
    def load(cls, path: Path = DEFAULT_CONFIG) -> "CarrierSettings":
        raw = json.loads(path.read_text())
        secret = os.environ.get("CARRIER_CLIENT_SECRET") or raw["client_secret"]
        return cls(raw["base_url"], raw["client_id"], secret)


class CarrierClient:
    def __init__(self, settings: CarrierSettings):
        self.settings = settings
        self.session = requests.Session()

    def _token(self) -> str:
        resp = self.session.post(
            f"{self.settings.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.settings.client_id, self.settings.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def track(self, tracking_number: str) -> dict:
        resp = self.session.get(
            f"{self.settings.base_url}/shipments/{tracking_number}",
            headers={"Authorization": f"Bearer {self._token()}"},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()


if __name__ == "__main__":
    import sys

    print(CarrierClient(CarrierSettings.load()).track(sys.argv[1]))
