"""Negative example for destructive-route-without-authentication: login required, own rows only."""

from flask import Flask
from flask_login import current_user, login_required
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


class Note(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    owner = db.Column(db.Integer)


@app.post("/notes/clear")
@login_required
def clear_notes():
    Note.query.filter_by(owner=current_user.id).delete()
    db.session.commit()
    return "cleared"
