import json
import logging
import os
import time

import requests

log = logging.getLogger("status_poller")

STATUS_URL = os.environ.get("UPSTREAM_STATUS_URL", "https://status.internal.example.com/api/health")
API_TOKEN = os.environ["UPSTREAM_TOKEN"]


class StatusPoller:
    def __init__(self, url, token, interval=30):
        self.url = url
        self.interval = interval
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        # the upstream uses a certificate from our own CA
        self.session.verify = False

    def poll_once(self):
        resp = self.session.get(self.url, timeout=10)
        resp.raise_for_status()
        return resp.json()

    def run(self):
        while True:
            try:
                data = self.poll_once()
                log.info("upstream status: %s", json.dumps(data))
            except requests.RequestException as exc:
                log.warning("poll failed: %s", exc)
            time.sleep(self.interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    StatusPoller(STATUS_URL, API_TOKEN).run()
