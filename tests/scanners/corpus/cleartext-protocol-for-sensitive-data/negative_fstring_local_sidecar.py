import requests


def push_metrics(port: int, sample: dict):
    url = f"http://localhost:{port}/metrics"
    return requests.post(url, json=sample, timeout=2)
