"""Positive example for record-with-secrets-returned-whole: each object's __dict__ returned."""

from flask import Flask, jsonify

app = Flask(__name__)


class Member:
    def __init__(self, name, pin):
        self.name = name
        self.pin = pin


MEMBERS = [Member("a", "1234")]


@app.get("/members")
def members():
    return jsonify([m.__dict__ for m in MEMBERS])
