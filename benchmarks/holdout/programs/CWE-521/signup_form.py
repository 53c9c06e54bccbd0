from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)
USERS = {}


@app.post("/signup")
def signup():
    username = request.form["username"]
    password = request.form.get("password", "")
    USERS[username] = generate_password_hash(password)
    return jsonify(created=username), 201
