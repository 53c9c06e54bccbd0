import os

from flask import Flask, abort, g, send_from_directory

from .auth import login_required
from .models import Export

app = Flask(__name__)
EXPORT_DIR = os.environ.get("EXPORT_DIR", "/srv/exports")


@app.get("/exports/<int:export_id>/download")
@login_required
def download_export(export_id):
    export = Export.query.get(export_id)
    if export is None or export.owner_id != g.user.id:
        abort(404)
    if export.status != "ready":
        abort(409)
    return send_from_directory(EXPORT_DIR, export.filename, as_attachment=True)
