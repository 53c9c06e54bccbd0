"""Negative example for record-with-secrets-returned-whole: only the named public columns are returned;
the TOTP secret stays on the server."""

from flask import Flask, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)
PUBLIC = ("id", "nickname")


class Member(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    nickname = db.Column(db.String(40))
    totp_secret = db.Column(db.String(32))


@app.get("/members/<int:member_id>")
def show_member(member_id):
    m = db.get_or_404(Member, member_id)
    return jsonify({name: getattr(m, name) for name in PUBLIC})
