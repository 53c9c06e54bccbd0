from flask import Flask, request, jsonify, abort
from pymongo import MongoClient
from werkzeug.security import check_password_hash

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["club"]


def text_field(body, key):
    value = body.get(key)
    if not isinstance(value, str) or not value or len(value) > 100:
        abort(400)
    return value


@app.route("/api/login", methods=["POST"])
def login():
    creds = request.get_json(force=True)
    username, password = text_field(creds, "username"), text_field(creds, "password")
    member = db.members.find_one({"username": username, "active": True})
    if member is None or not check_password_hash(member["pw_hash"], password):
        return jsonify(ok=False), 401
    return jsonify(ok=True, member_id=str(member["_id"]))


@app.route("/api/members/lookup", methods=["POST"])
def lookup():
    criteria = request.get_json(force=True)
    query = {"club_id": {"$eq": text_field(criteria, "club_id")},
             "nickname": {"$eq": text_field(criteria, "nickname")}}
    found = db.members.find(query, {"pw_hash": 0}).limit(20)
    return jsonify([{"id": str(m["_id"]), "nickname": m["nickname"]} for m in found])
