"""Positive example for record-with-secrets-returned-whole: every mapped column of the member row,
the TOTP secret included, is copied into the JSON answer."""

from flask import Flask, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


class Member(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    nickname = db.Column(db.String(40))
    totp_secret = db.Column(db.String(32))


@app.get("/members/<int:member_id>")
def show_member(member_id):
    m = db.get_or_404(Member, member_id)
    return jsonify({col.name: getattr(m, col.name) for col in Member.__table__.columns})
