from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
events = MongoClient().audit.events


@app.route("/events")
def list_events():
    parts = ["this.deleted !== true"]
    for field in ("kind", "actor"):
        value = request.args.get(field)
        if value:
            parts.append(f"this.{field} === '{value}'")
    return {"events": list(events.find({"$where": " && ".join(parts)}))}
