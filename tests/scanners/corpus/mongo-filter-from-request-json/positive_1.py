from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
accounts = MongoClient()["bank"]["accounts"]


@app.route("/api/token", methods=["POST"])
def token():
    payload = request.get_json(force=True)
    account = accounts.find_one({"email": payload.get("email"), "pin": payload.get("pin")})
    return jsonify({"found": account is not None})
