import getpass
import json
import sys

import requests

BASE_URL = "http://telemetry.corp.example.com/api"


class TelemetryClient:
    def __init__(self, base_url=BASE_URL):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.token = None

    def login(self, username, password):
        r = self.session.post(
            self.base_url + "/auth/login",
            json={"username": username, "password": password},
            timeout=10,
        )
        r.raise_for_status()
        self.token = r.json()["token"]
        self.session.headers["Authorization"] = "Token " + self.token

    def devices(self):
        r = self.session.get(self.base_url + "/devices", timeout=10)
        r.raise_for_status()
        return r.json()


if __name__ == "__main__":
    client = TelemetryClient()
    user = sys.argv[1] if len(sys.argv) > 1 else input("user: ")
    client.login(user, getpass.getpass())
    json.dump(client.devices(), sys.stdout, indent=2)
