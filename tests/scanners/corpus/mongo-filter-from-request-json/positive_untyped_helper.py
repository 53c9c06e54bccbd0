"""Positive: the helper only checks presence, so {"$ne": null} passes through into the filter."""
from flask import Flask, request, abort
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


def required(doc, name):
    value = doc.get(name)
    if value is None:
        abort(400)
    return value


@app.post("/find")
def find_user():
    doc = request.get_json()
    return {"n": users.count_documents({"email": required(doc, "email")})}
