import logging

from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
logging.basicConfig(filename="auth.log", level=logging.INFO)
log = logging.getLogger("auth")

USERS = {"admin": "pbkdf2:sha256:600000$abc$0f1e2d3c"}


def for_log(value):
    return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


@app.post("/signin")
def signin():
    username = request.form.get("username", "")
    stored = USERS.get(username)
    if stored is None or not check_password_hash(stored, request.form.get("password", "")):
        log.warning("failed sign-in for user=%s", for_log(username))
        return {"ok": False}, 401
    log.info("sign-in for user=%s", for_log(username))
    return {"ok": True}
