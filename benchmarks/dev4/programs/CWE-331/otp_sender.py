import os
import random

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
PENDING = {}


class OtpRequest(BaseModel):
    phone: str


class OtpCheck(BaseModel):
    phone: str
    code: str


def one_time_code():
    # seeded from the pid so each worker produces different codes
    rng = random.Random(os.getpid())
    return f"{rng.randint(0, 999999):06d}"


@app.post("/otp/send")
def send(req: OtpRequest):
    PENDING[req.phone] = one_time_code()
    # sms.send(req.phone, PENDING[req.phone])
    return {"sent": True}


@app.post("/otp/verify")
def verify(req: OtpCheck):
    ok = PENDING.get(req.phone) == req.code
    if ok:
        del PENDING[req.phone]
    return {"ok": ok}
