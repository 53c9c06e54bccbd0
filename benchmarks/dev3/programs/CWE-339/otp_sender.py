import os
import random

from flask import Flask, request

from .sms import send_sms

app = Flask(__name__)


class OtpGenerator:
    def __init__(self):
        seed = int.from_bytes(os.urandom(2), "big")
        self._rng = random.Random(seed)

    def code(self):
        return f"{self._rng.randrange(10**8):08d}"


otp_gen = OtpGenerator()
PENDING = {}


@app.post("/login/otp")
def send_otp():
    phone = request.form["phone"]
    code = otp_gen.code()
    PENDING[phone] = code
    send_sms(phone, f"Your sign-in code is {code}")
    return {"sent": True}
