import os

import httpx

TARGET = os.environ.get("FORWARD_URL", "https://hooks.partner.example/ingest")
CA_BUNDLE = os.environ.get("PARTNER_CA_BUNDLE")


def client():
    # partner uses a private CA; fall back to the system store when not configured
    verify = CA_BUNDLE if CA_BUNDLE else True
    return httpx.Client(verify=verify, timeout=10.0)


def forward(events):
    sent = 0
    with client() as http:
        for event in events:
            payload = {"type": event["type"], "data": event.get("data", {})}
            resp = http.post(TARGET, json=payload)
            if resp.status_code >= 400:
                print(f"partner rejected {event['type']}: {resp.status_code}")
                continue
            sent += 1
    return sent


if __name__ == "__main__":
    import json
    import sys
    batch = [json.loads(line) for line in sys.stdin if line.strip()]
    print(forward(batch), "events forwarded")
