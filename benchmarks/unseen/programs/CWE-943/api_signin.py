from flask import Flask, jsonify, request
from pymongo import MongoClient
from werkzeug.security import check_password_hash

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/api/login", methods=["POST"])
def login():
    body = request.get_json(silent=True) or {}
    username = body.get("username")
    password = body.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        return jsonify({"ok": False}), 400
    user = db.users.find_one({"username": username})
    if user is None or not check_password_hash(user["pw_hash"], password):
        return jsonify({"ok": False}), 401
    return jsonify({"ok": True, "id": str(user["_id"])})
