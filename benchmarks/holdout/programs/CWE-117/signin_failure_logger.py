import logging
import re
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("audit")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@app.post("/login")
def login():
    username = CONTROL.sub("?", request.form.get("username", ""))[:64]
    log.warning("failed login for user %r", username)
    return "invalid credentials", 401
