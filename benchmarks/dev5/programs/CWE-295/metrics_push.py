import os
import time

import requests

PUSH_URL = os.environ.get("METRICS_URL", "https://metrics.internal.example.com/api/v1/push")
API_TOKEN = os.environ["METRICS_TOKEN"]


def collect():
    load1, load5, load15 = os.getloadavg()
    return {"host": os.uname().nodename, "load1": load1, "load5": load5, "ts": int(time.time())}


def push(sample):
    resp = requests.post(
        PUSH_URL,
        json=sample,
        headers={"Authorization": f"Bearer {API_TOKEN}"},
        timeout=10,
        verify=False,
    )
    resp.raise_for_status()


if __name__ == "__main__":
    while True:
        push(collect())
        time.sleep(60)
