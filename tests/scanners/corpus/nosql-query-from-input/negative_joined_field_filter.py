from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
books = MongoClient().lib.books


@app.route("/books")
def books_by():
    filt = {}
    for field in ("author", "genre"):
        value = request.args.get(field)
        if value is not None:
            filt[field] = str(value)
    tags = [f"{t.strip()}" for t in request.args.get("tags", "").split(",") if t]
    if tags:
        filt["tags"] = {"$all": tags}
    return {"books": list(books.find(filt, {"_id": 0}))}
