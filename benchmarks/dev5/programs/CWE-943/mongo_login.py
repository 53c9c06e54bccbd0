import os

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient(os.environ["MONGO_URL"]).appdb


@app.route("/api/login", methods=["POST"])
def login():
    creds = request.get_json(force=True)
    user = db.users.find_one({"username": creds.get("username"), "api_key": creds.get("api_key")})
    if user is None:
        return jsonify(ok=False), 401
    return jsonify(ok=True, user_id=str(user["_id"]), role=user.get("role", "user"))
