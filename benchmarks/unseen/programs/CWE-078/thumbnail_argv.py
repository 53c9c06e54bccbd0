import subprocess
import uuid
from pathlib import Path

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
MEDIA = Path("/srv/media")
ALLOWED = {".png", ".jpg", ".jpeg", ".gif"}


@app.post("/upload")
def upload():
    f = request.files["image"]
    suffix = Path(f.filename or "").suffix.lower()
    if suffix not in ALLOWED:
        abort(400)
    stored = MEDIA / f"{uuid.uuid4().hex}{suffix}"
    f.save(stored)
    thumb = stored.with_name("thumb_" + stored.name)
    subprocess.run(["convert", str(stored), "-resize", "128x128", str(thumb)], check=True)
    return jsonify(thumbnail=thumb.name)
