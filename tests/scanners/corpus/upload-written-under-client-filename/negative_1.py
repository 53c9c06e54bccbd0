import base64
import os
import uuid

from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_SUFFIXES = {".png", ".jpg", ".pdf"}


@app.route("/attachments", methods=["POST"])
def add_attachment():
    blob = base64.b64decode(request.form["content"])
    name = request.form.get("name", "upload.bin")
    suffix = os.path.splitext(name)[1].lower()
    if suffix not in ALLOWED_SUFFIXES:
        abort(415)
    with open(os.path.join("attachments", uuid.uuid4().hex + suffix), "wb") as fh:
        fh.write(blob)
    return "stored"


@app.route("/notes", methods=["POST"])
def add_note():
    title = request.form.get("title", "")
    with open(os.path.join("notes", "latest.txt"), "w") as fh:
        fh.write(title)
    return "saved"
