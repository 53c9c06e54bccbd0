import logging

from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
logging.basicConfig(filename="auth.log", level=logging.INFO,
                    format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("auth")

USERS = {"admin": "pbkdf2:sha256:600000$abc$0f1e2d3c"}


@app.post("/login")
def login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    stored = USERS.get(username)
    if stored is None or not check_password_hash(stored, password):
        log.warning(f"failed login for user={username} from {request.remote_addr}")
        return {"ok": False}, 401
    log.info(f"successful login for user={username}")
    return {"ok": True}
