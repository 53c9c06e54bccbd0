import logging

from flask import Flask, request, jsonify

from .auth import check_credentials

app = Flask(__name__)
logging.basicConfig(filename="auth.log", level=logging.INFO,
                    format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    if check_credentials(username, password):
        log.info("login succeeded for user=%s from %s", username, request.remote_addr)
        return jsonify(ok=True)
    log.warning("login failed for user=%s from %s", username, request.remote_addr)
    return jsonify(ok=False), 401
