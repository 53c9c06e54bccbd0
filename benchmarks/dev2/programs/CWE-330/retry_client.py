import logging
import random
import secrets
import time

import requests

log = logging.getLogger(__name__)


def backoff_delays(base=0.5, cap=30.0, attempts=6):
    for n in range(attempts):
        yield random.uniform(0, min(cap, base * 2 ** n))


def submit_order(api_url: str, order: dict) -> dict:
    idempotency_key = secrets.token_hex(16)
    for delay in backoff_delays():
        try:
            resp = requests.post(
                api_url,
                json=order,
                headers={"Idempotency-Key": idempotency_key},
                timeout=10,
            )
            if resp.status_code < 500:
                resp.raise_for_status()
                return resp.json()
        except requests.ConnectionError as exc:
            log.warning("order submit failed: %s", exc)
        time.sleep(delay)
    raise RuntimeError("order service unavailable")
