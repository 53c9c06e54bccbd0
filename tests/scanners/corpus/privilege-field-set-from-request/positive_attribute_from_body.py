"""Positive example for privilege-field-set-from-request: a profile update copies the role field."""

from fastapi import FastAPI, Request

from .store import load_member, save_member

app = FastAPI()


@app.put("/me")
async def update_me(request: Request):
    body = await request.json()
    member = load_member(request.headers["x-member"])
    member.nickname = body.get("nickname", member.nickname)
    member.role = body.get("role", member.role)
    save_member(member)
    return {"ok": True}
