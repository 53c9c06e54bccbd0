"""HMAC signing of outbound webhook payloads; key material comes from the secrets file."""
import hashlib
import hmac
import json
import os
from pathlib import Path

import requests

SECRETS_FILE = Path(os.environ.get("WEBHOOK_SECRETS", "/run/secrets/webhook_keys.json"))


class KeyRing:
    def __init__(self, path: Path):
        self._keys = {k: bytes.fromhex(v) for k, v in json.loads(path.read_text()).items()}

    def key_for(self, key_id: str) -> bytes:
        return self._keys[key_id]


class WebhookSender:
    def __init__(self, keyring: KeyRing, key_id: str):
        self.keyring = keyring
        self.key_id = key_id

    def sign(self, body: bytes) -> str:
        return hmac.new(self.keyring.key_for(self.key_id), body, hashlib.sha256).hexdigest()

    def send(self, url: str, event: dict) -> int:
        body = json.dumps(event, separators=(",", ":")).encode()
        headers = {
            "Content-Type": "application/json",
            "X-Key-Id": self.key_id,
            "X-Signature": self.sign(body),
        }
        return requests.post(url, data=body, headers=headers, timeout=10).status_code


if __name__ == "__main__":
    sender = WebhookSender(KeyRing(SECRETS_FILE), os.environ.get("WEBHOOK_KEY_ID", "k1"))
    print(sender.send(os.environ["WEBHOOK_URL"], {"event": "ping"}))
