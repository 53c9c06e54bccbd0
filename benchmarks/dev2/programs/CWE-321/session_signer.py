import hashlib
import hmac
import time

from flask import Flask, request, make_response, abort

app = Flask(__name__)

SETTINGS = {
    "cookie_name": "sid",
    "max_age": 3600,
    "signing_key": bytes.fromhex("6f1c2b9e4d7a8f30b5c1e2d3a4f5061728394a5b6c7d8e9f"),
}


def sign(value: str) -> str:
    mac = hmac.new(SETTINGS["signing_key"], value.encode(), hashlib.sha256).hexdigest()
    return f"{value}.{mac}"


def unsign(cookie: str):
    value, _, mac = cookie.rpartition(".")
    expected = hmac.new(SETTINGS["signing_key"], value.encode(), hashlib.sha256).hexdigest()
    return value if hmac.compare_digest(mac, expected) else None


@app.route("/login", methods=["POST"])
def login():
    user = request.form["username"]
    resp = make_response("ok")
    resp.set_cookie(SETTINGS["cookie_name"], sign(f"{user}:{int(time.time())}"),
                    max_age=SETTINGS["max_age"], httponly=True)
    return resp


@app.route("/whoami")
def whoami():
    value = unsign(request.cookies.get(SETTINGS["cookie_name"], ""))
    if value is None:
        abort(401)
    return value.split(":")[0]
