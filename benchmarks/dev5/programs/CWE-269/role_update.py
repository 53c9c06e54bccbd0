"""Team management API (FastAPI)."""
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from .auth import current_user
from .db import get_user, save_user

app = FastAPI()
ROLES = ("viewer", "editor", "admin")


class RoleChange(BaseModel):
    role: str


@app.put("/users/{user_id}/role")
def change_role(user_id: int, change: RoleChange, me=Depends(current_user)):
    if change.role not in ROLES:
        raise HTTPException(status_code=400, detail="unknown role")
    if me.id != user_id and me.role != "admin":
        raise HTTPException(status_code=403, detail="cannot change other users")
    user = get_user(user_id)
    user.role = change.role
    save_user(user)
    return {"id": user.id, "role": user.role}
