import bcrypt
from flask import Flask, request

app = Flask(__name__)
USERS = {}


@app.route("/register", methods=["POST"])
def register():
    pw = request.form["password"].encode()
    USERS[request.form["username"]] = bcrypt.hashpw(pw, bcrypt.gensalt(rounds=12))
    return "ok"


@app.route("/login", methods=["POST"])
def login():
    stored = USERS.get(request.form["username"])
    if stored and bcrypt.checkpw(request.form["password"].encode(), stored):
        return "welcome"
    return "denied", 401
