import base64
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/attachments", methods=["POST"])
def add_attachment():
    blob = base64.b64decode(request.form["content"])
    name = request.form.get("name", "upload.bin")
    target = os.path.join("static", "attachments", name)
    with open(target, "wb") as fh:
        fh.write(blob)
    return "stored"
