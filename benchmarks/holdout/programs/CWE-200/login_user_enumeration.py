from flask import Flask, request, jsonify
from werkzeug.security import check_password_hash

app = Flask(__name__)
USERS = {}


@app.post("/login")
def login():
    user = USERS.get(request.form["username"])
    if user is None:
        return jsonify(error="no such user"), 404
    if not check_password_hash(user["pw_hash"], request.form["password"]):
        return jsonify(error="wrong password"), 401
    return jsonify(ok=True)
