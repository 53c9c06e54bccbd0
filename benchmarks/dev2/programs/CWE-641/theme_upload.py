import os

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
THEME_ROOT = "/srv/site/public/themes"


def store_asset(theme, upload):
    name = os.path.basename(upload.filename or "")
    if not name:
        abort(400)
    folder = os.path.join(THEME_ROOT, os.path.basename(theme))
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, name)
    upload.save(target)
    return name


@app.route("/themes/<theme>/assets", methods=["POST"])
def upload_assets(theme):
    saved = [store_asset(theme, f) for f in request.files.getlist("asset")]
    return jsonify({"theme": theme, "saved": saved})


@app.route("/themes/<theme>/assets")
def list_assets(theme):
    folder = os.path.join(THEME_ROOT, os.path.basename(theme))
    if not os.path.isdir(folder):
        abort(404)
    return jsonify(sorted(os.listdir(folder)))
