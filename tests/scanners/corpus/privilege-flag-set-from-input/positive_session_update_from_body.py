"""Positive example for privilege-flag-set-from-input: the request form is merged into the session."""

from quart import Quart, request, session

app = Quart(__name__)


@app.post("/settings")
async def settings():
    form = await request.form
    session.update(form)
    return {"ok": True}


def staff_only():
    return bool(session.get("is_staff"))
