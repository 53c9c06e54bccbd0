import os
import uuid

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
AVATAR_DIR = "/srv/site/public/avatars"
ALLOWED_EXTENSIONS = {".png", ".jpg", ".jpeg", ".webp"}


def stored_name(original: str) -> str:
    _, ext = os.path.splitext(original or "")
    ext = ext.lower()
    if ext not in ALLOWED_EXTENSIONS:
        abort(400, "unsupported image type")
    return f"{uuid.uuid4().hex}{ext}"


@app.route("/avatar", methods=["POST"])
def upload_avatar():
    upload = request.files.get("avatar")
    if upload is None:
        abort(400)
    name = stored_name(upload.filename)
    upload.save(os.path.join(AVATAR_DIR, name))
    return jsonify({"url": f"/avatars/{name}"}), 201
