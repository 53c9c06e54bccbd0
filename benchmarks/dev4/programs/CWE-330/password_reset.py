import random
import string
import time

from flask import Flask, request, jsonify

app = Flask(__name__)
RESET_CODES = {}


def make_reset_code(length=8):
    alphabet = string.ascii_uppercase + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))


@app.post("/password/forgot")
def forgot():
    email = request.form["email"].strip().lower()
    code = make_reset_code()
    RESET_CODES[email] = (code, time.time() + 900)
    # mailer.send(email, f"Your reset code is {code}")
    return jsonify({"sent": True})


@app.post("/password/reset")
def reset():
    email = request.form["email"].strip().lower()
    entry = RESET_CODES.get(email)
    if not entry or entry[1] < time.time() or entry[0] != request.form["code"]:
        return jsonify({"error": "invalid or expired code"}), 400
    del RESET_CODES[email]
    # users.set_password(email, request.form["new_password"])
    return jsonify({"reset": True})
