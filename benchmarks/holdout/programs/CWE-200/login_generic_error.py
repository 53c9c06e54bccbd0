from flask import Flask, request, jsonify
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
USERS = {}
DUMMY = generate_password_hash("placeholder-password")


@app.post("/login")
def login():
    user = USERS.get(request.form["username"])
    pw_hash = user["pw_hash"] if user else DUMMY
    ok = check_password_hash(pw_hash, request.form["password"])
    if not user or not ok:
        return jsonify(error="invalid username or password"), 401
    return jsonify(ok=True)
