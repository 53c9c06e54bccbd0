import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("audit")


@app.post("/login")
def login():
    username = request.form.get("username", "")
    log.warning("failed login for user %s", username)
    return "invalid credentials", 401
