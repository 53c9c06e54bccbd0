"""Small client for the on-prem device management API."""
import requests


class DeviceClient:
    def __init__(self, base_url, username, password, verify_tls=False):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.auth = (username, password)
        self.session.verify = verify_tls

    def _get(self, path, **params):
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=15)
        resp.raise_for_status()
        return resp.json()

    def list_devices(self, site=None):
        return self._get("/api/v2/devices", site=site) if site else self._get("/api/v2/devices")

    def reboot(self, device_id):
        resp = self.session.post(f"{self.base_url}/api/v2/devices/{device_id}/reboot", timeout=15)
        resp.raise_for_status()
        return resp.json().get("job_id")


if __name__ == "__main__":
    import os
    client = DeviceClient(
        os.environ.get("DM_URL", "https://dm.corp.example"),
        os.environ["DM_USER"],
        os.environ["DM_PASS"],
    )
    for dev in client.list_devices():
        print(dev["id"], dev["hostname"], dev["status"])
