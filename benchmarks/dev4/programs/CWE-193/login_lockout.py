import time
from collections import defaultdict

from flask import Flask, request, jsonify

app = Flask(__name__)

MAX_ATTEMPTS = 5
LOCK_SECONDS = 900
attempts = defaultdict(int)
locked_until = {}
PASSWORDS = {"alice": "s3cret-passphrase"}


def may_try(user):
    if locked_until.get(user, 0) > time.time():
        return False
    return attempts[user] <= MAX_ATTEMPTS


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("user", "")
    if not may_try(user):
        locked_until[user] = time.time() + LOCK_SECONDS
        return jsonify({"error": "too many attempts"}), 429
    attempts[user] += 1
    if PASSWORDS.get(user) == request.form.get("password"):
        attempts[user] = 0
        return jsonify({"ok": True})
    return jsonify({"ok": False}), 401
