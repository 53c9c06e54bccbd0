import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(filename="auth.log", level=logging.INFO,
                    format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("auth")

USERS = {"alice": "correct horse", "bob": "hunter22"}


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    if USERS.get(username) == password:
        log.info(f"login ok user={username} ip={request.remote_addr}")
        return jsonify({"ok": True})
    log.warning("login failed user=%s ip=%s", username, request.remote_addr)
    return jsonify({"ok": False}), 401
