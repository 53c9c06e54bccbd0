import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/shared/gallery"
ALLOWED_EXT = {".png", ".jpg", ".jpeg", ".gif"}


def first_rejected(files):
    for f in files:
        if os.path.splitext(f.filename or "")[1].lower() not in ALLOWED_EXT:
            return f.filename
    return None


@app.post("/gallery")
def upload_gallery():
    files = request.files.getlist("images")
    rejected = first_rejected(files)
    if rejected is not None:
        return {"error": f"file type not allowed: {rejected}"}, 400
    for f in files:
        f.save(os.path.join(UPLOAD_DIR, secure_filename(f.filename)))
    return {"saved": len(files)}
