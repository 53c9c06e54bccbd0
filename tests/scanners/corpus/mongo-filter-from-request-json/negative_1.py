from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
accounts = MongoClient()["bank"]["accounts"]


@app.route("/api/token", methods=["POST"])
def token():
    payload = request.get_json(force=True)
    email = payload.get("email")
    pin = payload.get("pin")
    if not isinstance(email, str) or not isinstance(pin, str):
        return jsonify({"error": "bad request"}), 400
    account = accounts.find_one({"email": email, "pin": pin})
    return jsonify({"found": account is not None})


@app.route("/api/lookup", methods=["POST"])
def lookup():
    payload = request.get_json(force=True)
    account = accounts.find_one({"email": str(payload.get("email"))})
    return jsonify({"found": account is not None})
