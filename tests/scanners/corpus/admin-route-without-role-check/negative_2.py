"""Negative example for admin-route-without-role-check: a FastAPI dependency demands the admin role."""

from fastapi import Depends, FastAPI, HTTPException

app = FastAPI()
STAFF = {"u1": {"name": "kim", "admin": True}}


def current_account(account_id: str) -> dict:
    account = STAFF.get(account_id)
    if account is None:
        raise HTTPException(status_code=401)
    return account


def require_admin(account: dict = Depends(current_account)) -> dict:
    if not account["admin"]:
        raise HTTPException(status_code=403)
    return account


@app.delete("/admin/cache")
def purge_cache(_: dict = Depends(require_admin)):
    return {"purged": True}
