from flask import Flask, request, jsonify
from pymongo import MongoClient
from werkzeug.security import check_password_hash

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["club"]


@app.route("/api/login", methods=["POST"])
def login():
    creds = request.get_json(force=True)
    member = db.members.find_one({"username": creds.get("username"), "active": True})
    if member is None or not check_password_hash(member["pw_hash"], str(creds.get("password", ""))):
        return jsonify(ok=False), 401
    return jsonify(ok=True, member_id=str(member["_id"]))


@app.route("/api/members/lookup", methods=["POST"])
def lookup():
    criteria = request.get_json(force=True)
    query = {"club_id": criteria.get("club_id"), "nickname": criteria.get("nickname")}
    found = db.members.find(query, {"pw_hash": 0}).limit(20)
    return jsonify([{"id": str(m["_id"]), "nickname": m["nickname"]} for m in found])
