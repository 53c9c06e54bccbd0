"""Negative: the helper converts each JSON value to str before it enters the Mongo filter, so no operator object passes."""
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
keys = MongoClient()["vault"]["keys"]


def key_record(payload):
    owner = str(payload.get("owner", ""))
    label = str(payload.get("label", ""))
    return keys.find_one({"owner": owner, "label": label})


@app.post("/keys/lookup")
def lookup():
    record = key_record(request.get_json(force=True))
    return jsonify({"found": record is not None})
