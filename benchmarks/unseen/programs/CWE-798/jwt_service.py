import datetime

import jwt
from fastapi import FastAPI

app = FastAPI()
SIGNING_KEY = "9f86d081884c7d659a2feaa0c55ad015"


@app.post("/token")
def issue(user_id: int):
    claims = {
        "sub": str(user_id),
        "exp": datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1),
    }
    return {"token": jwt.encode(claims, SIGNING_KEY, algorithm="HS256")}
