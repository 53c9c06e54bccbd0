"""Negative example for privilege-field-set-from-request: new accounts always get the default role."""

from flask import Flask, jsonify, request

from .models import Member, db

app = Flask(__name__)


@app.post("/join")
def join():
    data = request.get_json()
    member = Member(email=data["email"], role="reader", group=None)
    db.session.add(member)
    db.session.commit()
    return jsonify(id=member.id, group=data.get("group"))
