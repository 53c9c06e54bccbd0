"""Negative: each JSON value is read through a helper that raises unless it is a plain str."""
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


class BadInput(Exception):
    pass


def require_str(doc, name):
    value = doc.get(name)
    if not isinstance(value, str):
        raise BadInput(name)
    return value


@app.post("/find")
def find_user():
    doc = request.get_json()
    return {"n": users.count_documents({"email": require_str(doc, "email")})}
