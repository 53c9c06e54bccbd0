import secrets
import time


class PairingService:
    """Issues short-lived pairing secrets for new IoT devices."""

    TTL = 600

    def __init__(self):
        self._pending = {}

    def start(self, device_serial):
        secret = secrets.token_bytes(32)
        self._pending[device_serial] = (secret, time.monotonic() + self.TTL)
        return secret.hex()

    def complete(self, device_serial, presented_hex):
        entry = self._pending.pop(device_serial, None)
        if entry is None:
            return False
        secret, deadline = entry
        if time.monotonic() > deadline:
            return False
        try:
            presented = bytes.fromhex(presented_hex)
        except ValueError:
            return False
        return secrets.compare_digest(secret, presented)
