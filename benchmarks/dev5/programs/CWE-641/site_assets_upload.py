"""Lets site editors upload assets that are served from /static/sites/<site>/."""
import os

from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

app = Flask(__name__)
ASSET_ROOT = "/srv/www/static/sites"


def site_dir(site_id):
    path = os.path.join(ASSET_ROOT, str(int(site_id)))
    os.makedirs(path, exist_ok=True)
    return path


@app.route("/sites/<int:site_id>/assets", methods=["POST"])
@login_required
def upload_asset(site_id):
    if site_id not in current_user.editable_sites:
        abort(403)
    upload = request.files.get("file")
    name = request.form.get("name") or (upload.filename if upload else "")
    if not upload or not name:
        abort(400)
    if "/" in name or "\\" in name or name in (".", ".."):
        abort(400, description="name may not contain path separators")
    upload.save(os.path.join(site_dir(site_id), name))
    return jsonify(url=f"/static/sites/{site_id}/{name}"), 201
