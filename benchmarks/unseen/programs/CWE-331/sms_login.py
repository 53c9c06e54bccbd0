import secrets
import time

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
PENDING: dict[str, dict] = {}
MAX_TRIES = 5


@app.post("/login/code")
def send_code():
    phone = request.form["phone"]
    code = "".join(secrets.choice("0123456789") for _ in range(8))
    PENDING[phone] = {"code": code, "exp": time.time() + 300, "tries": 0}
    print("SMS", phone, code)
    return jsonify(sent=True)


@app.post("/login/verify")
def verify():
    phone, code = request.form["phone"], request.form["code"]
    entry = PENDING.get(phone)
    if entry is None or entry["exp"] < time.time() or entry["tries"] >= MAX_TRIES:
        abort(401)
    entry["tries"] += 1
    if not secrets.compare_digest(entry["code"], code):
        abort(401)
    del PENDING[phone]
    return jsonify(ok=True)
