from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
books = MongoClient()["library"]["books"]


@app.route("/books")
def list_books():
    criteria = {"year": {"$gte": int(request.args.get("since", "1900"))}}
    if request.args.get("lang"):
        criteria["lang"] = str(request.args["lang"])
    return jsonify([b["title"] for b in books.find(criteria).limit(20)])
