import logging

from flask import Flask, request, abort

app = Flask(__name__)
audit = logging.getLogger("audit")
logging.basicConfig(filename="audit.log", level=logging.INFO, format="%(asctime)s %(message)s")
USERS = {"admin": "pbkdf2:..."}


def for_log(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:64]


@app.post("/login")
def login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    if username not in USERS or not check(password, USERS[username]):
        audit.warning("failed login for user %s from %s", for_log(username), request.remote_addr)
        abort(401)
    audit.info("user %s logged in", for_log(username))
    return "welcome"


def check(password, stored):
    return False
