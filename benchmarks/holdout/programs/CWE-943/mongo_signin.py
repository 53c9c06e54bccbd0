from flask import Flask, request, jsonify
from pymongo import MongoClient
from werkzeug.security import check_password_hash

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    username, password = body.get("username"), body.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        return jsonify(error="bad request"), 400
    user = users.find_one({"username": username})
    if user is None or not check_password_hash(user["pw_hash"], password):
        return jsonify(error="denied"), 401
    return jsonify(user=user["username"])
