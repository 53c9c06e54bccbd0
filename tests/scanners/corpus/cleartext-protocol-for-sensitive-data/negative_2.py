"""Negative example for cleartext-protocol-for-sensitive-data: the same request over HTTPS with verification."""

import http.client
import os
import ssl


def push_metrics(body: bytes) -> int:
    conn = http.client.HTTPSConnection("metrics.internal.example", 8443, context=ssl.create_default_context())
    token = os.environ["METRICS_TOKEN"]
    conn.request("POST", "/ingest", body=body, headers={"Authorization": f"Bearer {token}"})
    return conn.getresponse().status
