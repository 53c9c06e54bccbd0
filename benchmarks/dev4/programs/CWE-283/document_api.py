from flask import Flask, jsonify, abort
from flask_login import LoginManager, login_required, current_user
from sqlalchemy import create_engine, text

app = Flask(__name__)
login_manager = LoginManager(app)
engine = create_engine("sqlite:///docs.db")


@app.route("/documents/<int:doc_id>", methods=["DELETE"])
@login_required
def delete_document(doc_id):
    with engine.begin() as conn:
        row = conn.execute(text("SELECT id, owner_id FROM documents WHERE id = :id"),
                           {"id": doc_id}).fetchone()
        if row is None:
            abort(404)
        conn.execute(text("DELETE FROM documents WHERE id = :id"), {"id": doc_id})
    return jsonify({"deleted": doc_id, "by": current_user.get_id()})


@app.route("/documents/<int:doc_id>/rename/<name>", methods=["POST"])
@login_required
def rename_document(doc_id, name):
    with engine.begin() as conn:
        conn.execute(text("UPDATE documents SET title = :t WHERE id = :id"),
                     {"t": name, "id": doc_id})
    return jsonify({"renamed": doc_id})
