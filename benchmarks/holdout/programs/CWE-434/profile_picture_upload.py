import os
import uuid
from flask import Flask, request, abort
from PIL import Image

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
UPLOAD_DIR = "/srv/avatars"
ALLOWED = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG"}


@app.post("/upload")
def upload():
    f = request.files["file"]
    ext = f.filename.rsplit(".", 1)[-1].lower() if "." in f.filename else ""
    if ext not in ALLOWED:
        abort(400)
    try:
        img = Image.open(f.stream)
        img.verify()
    except Exception:
        abort(400)
    if img.format != ALLOWED[ext]:
        abort(400)
    name = uuid.uuid4().hex + "." + ext
    f.stream.seek(0)
    f.save(os.path.join(UPLOAD_DIR, name))
    return {"id": name}
