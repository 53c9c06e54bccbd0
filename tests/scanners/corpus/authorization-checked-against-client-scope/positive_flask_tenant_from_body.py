"""Positive example for authorization-checked-against-client-scope: the project is loaded by its id, but
the membership test uses the tenant id the client put in the JSON body."""

from flask import Flask, abort, g, jsonify, request

from .db import Project, db

app = Flask(__name__)


@app.patch("/projects/<int:project_id>")
def rename_project(project_id):
    data = request.get_json()
    project = db.session.get(Project, project_id)
    if project is None:
        abort(404)
    if data["tenant_id"] not in g.user.tenant_ids:
        abort(403)
    project.name = data["name"]
    db.session.commit()
    return jsonify(id=project.id, name=project.name)
