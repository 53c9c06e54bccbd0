from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/api/login", methods=["POST"])
def login():
    body = request.get_json()
    user = db.users.find_one({"username": body["username"], "password": body["password"]})
    if user is None:
        return jsonify({"ok": False}), 401
    return jsonify({"ok": True, "id": str(user["_id"])})
