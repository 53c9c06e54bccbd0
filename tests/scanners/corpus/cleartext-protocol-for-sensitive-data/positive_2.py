"""Positive example for cleartext-protocol-for-sensitive-data: a bearer token over plain http.client."""

import http.client
import os


def push_metrics(body: bytes) -> int:
    conn = http.client.HTTPConnection("metrics.internal.example", 8080)
    token = os.environ["METRICS_TOKEN"]
    conn.request("POST", "/ingest", body=body, headers={"Authorization": f"Bearer {token}"})
    return conn.getresponse().status
