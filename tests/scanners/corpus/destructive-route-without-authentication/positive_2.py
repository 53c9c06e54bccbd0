"""Positive example for destructive-route-without-authentication: an ORM bulk delete anyone can call."""

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


class Note(db.Model):
    id = db.Column(db.Integer, primary_key=True)


@app.post("/notes/clear")
def clear_notes():
    Note.query.delete()
    db.session.commit()
    return "cleared"
