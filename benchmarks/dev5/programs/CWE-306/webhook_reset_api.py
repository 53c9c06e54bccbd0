import hmac
import os

from fastapi import FastAPI, Header, HTTPException, Depends

app = FastAPI()
ADMIN_TOKEN = os.environ["ADMIN_API_TOKEN"]
counters = {"signups": 0, "logins": 0}


def require_admin(x_admin_token: str = Header(default="")):
    if not x_admin_token or not hmac.compare_digest(x_admin_token, ADMIN_TOKEN):
        raise HTTPException(status_code=401, detail="admin token required")


@app.get("/stats")
def stats():
    return counters


@app.post("/admin/reset-stats", dependencies=[Depends(require_admin)])
def reset_stats():
    for key in counters:
        counters[key] = 0
    return {"reset": True}
