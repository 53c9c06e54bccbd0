import os

from flask import Flask, jsonify, request, session
from pymongo import MongoClient
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["APP_SECRET"]
users = MongoClient(os.environ.get("MONGO_URL", "mongodb://localhost:27017"))["app"]["users"]


def find_account(criteria):
    return users.find_one(criteria, {"_id": 1, "username": 1, "pw_hash": 1, "api_token": 1})


@app.route("/api/login", methods=["POST"])
def login():
    body = request.get_json(force=True)
    account = find_account({"username": body.get("username"), "active": True})
    if account is None or not check_password_hash(account["pw_hash"], str(body.get("password", ""))):
        return jsonify(error="invalid credentials"), 401
    session["uid"] = str(account["_id"])
    return jsonify(user=account["username"])


@app.route("/api/token", methods=["POST"])
def token_lookup():
    body = request.get_json(force=True)
    account = find_account({"api_token": body.get("token")})
    if account is None:
        return jsonify(error="unknown token"), 404
    return jsonify(user=account["username"])
