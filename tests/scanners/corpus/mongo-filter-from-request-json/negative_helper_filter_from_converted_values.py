"""Negative example for mongo-filter-from-request-json: the filter handed to the helper holds only
values converted to str/int, so no operator object can reach the query."""
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient()["shop"]["orders"]


def fetch(criteria):
    return orders.find_one(criteria, {"_id": 0})


@app.post("/orders/lookup")
def lookup():
    body = request.get_json(force=True)
    order = fetch({"number": int(body.get("number", 0)), "email": str(body.get("email", ""))})
    return jsonify(order or {})
