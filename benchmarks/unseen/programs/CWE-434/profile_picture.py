import os
import uuid

from flask import Flask, abort, request
from PIL import Image

app = Flask(__name__)
UPLOAD_DIR = os.path.join(app.root_path, "static", "avatars")
ALLOWED = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG"}


@app.route("/profile/avatar", methods=["POST"])
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or "." not in f.filename:
        abort(400)
    ext = f.filename.rsplit(".", 1)[1].lower()
    if ext not in ALLOWED:
        abort(400)
    try:
        img = Image.open(f.stream)
        img.verify()
    except Exception:
        abort(400)
    if img.format != ALLOWED[ext]:
        abort(400)
    stored = f"{uuid.uuid4().hex}.{ext}"
    f.stream.seek(0)
    f.save(os.path.join(UPLOAD_DIR, stored))
    return {"avatar": stored}
