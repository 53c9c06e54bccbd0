import base64
import hashlib
import os
import secrets

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPBasic, HTTPBasicCredentials

app = FastAPI()
security = HTTPBasic()
ADMIN_USER = os.environ["METRICS_USER"].encode()
ADMIN_PASS_SHA256 = bytes.fromhex(os.environ["METRICS_PASS_SHA256"])


def check(creds: HTTPBasicCredentials = Depends(security)) -> str:
    user_ok = secrets.compare_digest(creds.username.encode(), ADMIN_USER)
    pass_ok = secrets.compare_digest(hashlib.sha256(creds.password.encode()).digest(), ADMIN_PASS_SHA256)
    if not (user_ok and pass_ok):
        raise HTTPException(status_code=401, headers={"WWW-Authenticate": "Basic"})
    return creds.username


@app.get("/metrics/summary")
def summary(user: str = Depends(check)):
    return {"requests": 1234, "errors": 5, "viewer": user}
