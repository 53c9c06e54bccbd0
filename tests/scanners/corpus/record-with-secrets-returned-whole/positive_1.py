"""Positive example for record-with-secrets-returned-whole: the rule must flag this."""
from flask import Flask, jsonify

app = Flask(__name__)
MEMBERS = [
    {"id": 1, "name": "Ola", "api_key": "k-1", "password": "pbkdf2$..."},
]


@app.get("/members/<int:idx>")
def member(idx):
    found = MEMBERS[idx]
    return jsonify(found)
