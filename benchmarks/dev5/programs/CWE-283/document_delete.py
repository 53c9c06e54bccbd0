from flask import Flask, abort, jsonify
from flask_login import login_required, current_user

from .models import db, Document

app = Flask(__name__)


@app.route("/documents/<int:doc_id>", methods=["DELETE"])
@login_required
def delete_document(doc_id):
    doc = Document.query.get(doc_id)
    if doc is None:
        abort(404)
    db.session.delete(doc)
    db.session.commit()
    return jsonify(deleted=doc_id, by=current_user.id)
