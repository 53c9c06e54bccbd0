"""Positive: a filter object formats request values into a MongoDB $where JavaScript clause in one of its methods."""
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
tickets = MongoClient()["desk"]["tickets"]


class TicketFilter:
    def __init__(self, owner):
        self.owner = owner

    def as_mongo(self):
        return {"$where": "this.owner == '" + self.owner + "'"}


@app.get("/tickets")
def list_tickets():
    flt = TicketFilter(request.args.get("owner", ""))
    return jsonify(list(tickets.find(flt.as_mongo(), {"_id": 0})))
