from datetime import datetime, timezone

from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["fleet"]


def find_sensor(device_id: object, api_key: object):
    if not isinstance(device_id, str) or not isinstance(api_key, str):
        return None
    return db.sensors.find_one({
        "sensor_id": {"$eq": device_id},
        "api_key": {"$eq": api_key},
        "disabled": False,
    })


@app.route("/api/readings", methods=["POST"])
def readings():
    payload = request.get_json(force=True) or {}
    sensor = find_sensor(payload.get("sensor_id"), payload.get("api_key"))
    if sensor is None:
        return jsonify({"error": "unknown sensor"}), 401
    values = payload.get("values")
    if not isinstance(values, dict):
        return jsonify({"error": "values must be an object"}), 400
    db.readings.insert_one({
        "sensor_id": sensor["sensor_id"],
        "values": {str(k): float(v) for k, v in values.items()},
        "received": datetime.now(timezone.utc),
    })
    return jsonify({"stored": True})
