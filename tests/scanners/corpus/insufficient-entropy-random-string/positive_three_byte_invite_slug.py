"""Invitation links end in a 3-byte url-safe token: about 16 million values, enumerable online."""
import secrets

from fastapi import FastAPI

api = FastAPI()
invites: dict[str, int] = {}


@api.post("/teams/{team_id}/invite")
def make_invite(team_id: int):
    handle = secrets.token_urlsafe(3)
    invites[handle] = team_id
    return {"link": f"https://app.example.org/join/{handle}"}
