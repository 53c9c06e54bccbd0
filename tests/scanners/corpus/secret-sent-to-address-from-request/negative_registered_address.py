"""The token goes to the account's stored address; the posted address is only used to find the account."""
import secrets

from bottle import Bottle, request

from .accounts import ACCOUNTS, mail

app = Bottle()


@app.post("/reset")
def reset():
    wanted = request.forms.get("email", "")
    account = next((a for a in ACCOUNTS if a["email"] == wanted), None)
    if account:
        token = secrets.token_urlsafe(24)
        mail(account["email"], "Reset", token)
    return {"ok": True}
