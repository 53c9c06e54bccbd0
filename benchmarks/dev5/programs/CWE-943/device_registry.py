import hmac
import os
from datetime import datetime, timezone

from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
devices = MongoClient(os.environ["MONGO_URL"]).iot.devices


def as_text(value, name):
    if not isinstance(value, str) or not value or len(value) > 128:
        abort(400, description=f"{name} must be a non-empty string")
    return value


@app.post("/devices/checkin")
def checkin():
    body = request.get_json(silent=True) or {}
    serial = as_text(body.get("serial"), "serial")
    secret = as_text(body.get("secret"), "secret")
    device = devices.find_one({"serial": serial})
    if device is None or not hmac.compare_digest(device["secret"], secret):
        abort(401)
    devices.update_one({"serial": serial}, {"$set": {"last_seen": datetime.now(timezone.utc)}})
    return jsonify(ok=True, config=device.get("config", {}))
