"""Negative example for object-changed-without-authorization: the rule must not flag this."""
from flask import Flask, request
app = Flask(__name__)

from flask_login import current_user
@app.route("/notes/<int:note_id>", methods=["DELETE"])
def delete_note(note_id):
    note = Note.query.filter_by(id=request.view_args["note_id"], owner_id=current_user.id).first_or_404()
    db.session.delete(note)
    return "deleted"
