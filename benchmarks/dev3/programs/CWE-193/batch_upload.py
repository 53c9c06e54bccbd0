import os

from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = "/srv/shared/incoming"
ALLOWED_EXT = {".png", ".jpg", ".jpeg", ".gif", ".pdf"}


def check_names(files):
    for i in range(1, len(files)):
        name = files[i].filename
        if os.path.splitext(name)[1].lower() not in ALLOWED_EXT or "/" in name or ".." in name:
            return name
    return None


@app.post("/upload")
def upload_batch():
    files = request.files.getlist("files")
    rejected = check_names(files)
    if rejected:
        return {"error": f"file type not allowed: {rejected}"}, 400
    for f in files:
        f.save(os.path.join(UPLOAD_DIR, f.filename))
    return {"saved": len(files)}
