from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.post("/login")
def login():
    body = request.get_json()
    user = users.find_one({"username": body["username"], "password": body["password"]})
    if user is None:
        return jsonify(error="denied"), 401
    return jsonify(user=user["username"])
