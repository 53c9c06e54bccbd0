from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from .auth import current_user
from .db import get_user, save_user

app = FastAPI()


class RoleIn(BaseModel):
    role: str


@app.put("/users/{user_id}/role")
def put_role(user_id: int, body: RoleIn, me=Depends(current_user)):
    if me.role != "admin":
        raise HTTPException(status_code=403)
    user = get_user(user_id)
    user.role = body.role
    save_user(user)
    return {"id": user_id}
