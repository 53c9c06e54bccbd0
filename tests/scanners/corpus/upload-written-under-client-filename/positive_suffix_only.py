import base64
import os

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/gallery", methods=["POST"])
def add_picture():
    raw = base64.b64decode(request.form["picture"])
    name = os.path.basename(request.form.get("name", "picture.png"))
    if not name.lower().endswith((".png", ".jpg")):
        abort(415)
    with open(os.path.join("static", "gallery", name), "wb") as fh:
        fh.write(raw)
    return "stored"
