import os

from flask import Flask, request, jsonify, abort
from werkzeug.utils import secure_filename

app = Flask(__name__, static_folder="public")
UPLOAD_DIR = os.path.join(app.root_path, "public", "avatars")


@app.post("/profile/avatar")
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or not f.filename:
        abort(400)
    if not f.mimetype.startswith("image/"):
        abort(415)
    name = secure_filename(f.filename)
    os.makedirs(UPLOAD_DIR, exist_ok=True)
    f.save(os.path.join(UPLOAD_DIR, name))
    return jsonify({"url": f"/public/avatars/{name}"})
