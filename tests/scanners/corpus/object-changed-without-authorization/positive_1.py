"""Positive example for object-changed-without-authorization: the rule must flag this."""
from flask import Flask, request
app = Flask(__name__)

@app.route("/notes/<int:note_id>", methods=["DELETE"])
def delete_note(note_id):
    note = Note.query.get(request.view_args["note_id"])
    db.session.delete(note)
    return "deleted"
