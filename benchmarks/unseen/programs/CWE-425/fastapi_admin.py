from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPBearer, HTTPAuthorizationCredentials

app = FastAPI()
bearer = HTTPBearer()
TOKENS = {"t-123": {"user": "root", "role": "admin"}}


def require_admin(creds: HTTPAuthorizationCredentials = Depends(bearer)):
    info = TOKENS.get(creds.credentials)
    if info is None or info["role"] != "admin":
        raise HTTPException(status_code=403)
    return info


@app.get("/admin/audit-log", dependencies=[Depends(require_admin)])
def audit_log():
    return {"entries": ["login root", "delete user 7"]}


@app.post("/admin/maintenance")
def maintenance(admin=Depends(require_admin)):
    return {"status": "maintenance mode on", "by": admin["user"]}
