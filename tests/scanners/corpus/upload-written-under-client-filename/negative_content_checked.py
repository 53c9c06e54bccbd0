import base64
import os

import magic
from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
IMAGE_TYPES = {"image/png", "image/jpeg"}


@app.route("/gallery", methods=["POST"])
def add_picture():
    raw = base64.b64decode(request.form["picture"])
    name = secure_filename(request.form.get("name", "picture.png"))
    if magic.from_buffer(raw, mime=True) not in IMAGE_TYPES:
        abort(415)
    with open(os.path.join("gallery", name), "wb") as fh:
        fh.write(raw)
    return "stored"
