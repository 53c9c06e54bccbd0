"""Negative example for reflected-xss-from-request: the parameter only selects one of the program's own
strings from a constant mapping."""

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
BADGES = {"ok": "<b class='ok'>OK</b>", "down": "<b class='down'>DOWN</b>"}


@app.get("/badge", response_class=HTMLResponse)
def badge(state: str = "ok"):
    return BADGES.get(state, BADGES["ok"])
