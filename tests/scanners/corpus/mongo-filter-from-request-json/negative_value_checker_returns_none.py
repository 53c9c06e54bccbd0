"""Negative example for mongo-filter-from-request-json: a module helper returns None for anything
that is not an int, and only its result enters the filter."""
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
tickets = MongoClient()["events"]["tickets"]


def ticket_number(doc):
    value = doc.get("ticket")
    if not isinstance(value, int):
        return None
    return value


@app.post("/tickets/scan")
def scan():
    number = ticket_number(request.get_json(silent=True) or {})
    if number is None:
        return jsonify(error="bad ticket"), 400
    ticket = tickets.find_one_and_update({"number": number, "used": False}, {"$set": {"used": True}})
    return jsonify(ok=ticket is not None)
