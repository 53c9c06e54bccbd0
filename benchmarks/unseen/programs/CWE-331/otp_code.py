import secrets
import time

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
PENDING: dict[str, tuple[str, float]] = {}


@app.post("/login/code")
def send_code():
    phone = request.form["phone"]
    code = f"{secrets.randbelow(10_000):04d}"
    PENDING[phone] = (code, time.time() + 600)
    print("SMS", phone, code)
    return jsonify(sent=True)


@app.post("/login/verify")
def verify():
    phone, code = request.form["phone"], request.form["code"]
    expected = PENDING.get(phone)
    if expected is None or expected[1] < time.time() or expected[0] != code:
        abort(401)
    del PENDING[phone]
    return jsonify(ok=True)
