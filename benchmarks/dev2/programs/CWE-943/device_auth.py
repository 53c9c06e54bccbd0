from datetime import datetime, timezone

from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["fleet"]


def find_device(payload):
    return db.devices.find_one({
        "device_id": payload.get("device_id"),
        "api_key": payload.get("api_key"),
        "disabled": False,
    })


@app.route("/api/telemetry", methods=["POST"])
def telemetry():
    payload = request.get_json(force=True)
    device = find_device(payload)
    if device is None:
        return jsonify({"error": "unknown device"}), 401
    db.readings.insert_one({
        "device_id": device["device_id"],
        "values": payload.get("values", {}),
        "received": datetime.now(timezone.utc),
    })
    return jsonify({"stored": True})
