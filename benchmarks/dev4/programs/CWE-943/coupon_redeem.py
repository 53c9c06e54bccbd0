import os
import re

from flask import Flask, jsonify, request
from pymongo import MongoClient, ReturnDocument

app = Flask(__name__)
coupons = MongoClient(os.environ["MONGO_URL"])["promo"]["coupons"]
CODE_RE = re.compile(r"[A-Z0-9]{6,16}")


def coupon_code(payload):
    code = payload.get("code")
    if not isinstance(code, str):
        return None
    code = code.strip().upper()
    return code if CODE_RE.fullmatch(code) else None


@app.route("/coupons/redeem", methods=["POST"])
def redeem():
    code = coupon_code(request.get_json(force=True) or {})
    if code is None:
        return jsonify(error="invalid code"), 400
    doc = coupons.find_one_and_update(
        {"code": code, "remaining": {"$gt": 0}},
        {"$inc": {"remaining": -1}},
        return_document=ReturnDocument.AFTER,
    )
    if doc is None:
        return jsonify(error="code not found or used up"), 404
    return jsonify(discount=doc["discount"], remaining=doc["remaining"])
