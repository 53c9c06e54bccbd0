from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)
USERS = {}


@app.route("/signup", methods=["POST"])
def signup():
    username = request.form["username"].strip()
    password = request.form["password"]
    if not username or not password:
        return jsonify({"error": "missing fields"}), 400
    if username in USERS:
        return jsonify({"error": "taken"}), 409
    USERS[username] = generate_password_hash(password)
    return jsonify({"created": username}), 201
