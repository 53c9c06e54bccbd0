import os
import random
import time


class OtpService:
    """Issues 8-digit one-time login codes sent by SMS."""

    def __init__(self, sms_gateway):
        self.sms = sms_gateway
        seed = int.from_bytes(os.urandom(2), "big")
        self.rng = random.Random(seed)
        self.codes = {}

    def issue(self, phone: str) -> None:
        code = f"{self.rng.randrange(10**8):08d}"
        self.codes[phone] = (code, time.time() + 300)
        self.sms.send(phone, f"Your login code is {code}")

    def verify(self, phone: str, code: str) -> bool:
        expected, expires = self.codes.get(phone, (None, 0))
        if expected is None or time.time() > expires:
            return False
        if code == expected:
            del self.codes[phone]
            return True
        return False
