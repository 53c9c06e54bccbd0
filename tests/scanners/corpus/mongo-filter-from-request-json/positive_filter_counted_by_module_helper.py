"""Positive example for mongo-filter-from-request-json: the request JSON value goes into a filter
that a helper counts; an operator object in place of the e-mail probes other accounts."""
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
accounts = MongoClient()["shop"]["accounts"]


def how_many(flt):
    return accounts.count_documents(flt)


@app.post("/signup/check")
def email_taken():
    taken = how_many({"email": request.json.get("email")}) > 0
    return jsonify(taken=taken)
