from flask import Flask, abort, g, jsonify, request
from flask_login import LoginManager, current_user, login_required

from .models import Document, Share, db

app = Flask(__name__)
login_manager = LoginManager(app)


def owned_document(doc_id):
    doc = Document.query.get_or_404(doc_id)
    if doc.owner_id != current_user.id and not current_user.is_admin:
        abort(403)
    return doc


@app.route("/documents/<int:doc_id>/shares", methods=["POST"])
@login_required
def share_document(doc_id):
    doc = owned_document(doc_id)
    payload = request.get_json(force=True)
    share = Share(document_id=doc.id, grantee_email=payload["email"], can_edit=bool(payload.get("can_edit")))
    db.session.add(share)
    db.session.commit()
    return jsonify(id=share.id, document=doc.id), 201


@app.route("/documents/<int:doc_id>", methods=["DELETE"])
@login_required
def delete_document(doc_id):
    doc = owned_document(doc_id)
    db.session.delete(doc)
    db.session.commit()
    return "", 204
