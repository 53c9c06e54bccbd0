import os

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__, static_folder="static")
UPLOAD_DIR = os.path.join(app.static_folder, "avatars")


@app.post("/profile/avatar")
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or f.filename == "":
        return jsonify({"error": "no file"}), 400
    name = secure_filename(f.filename)
    os.makedirs(UPLOAD_DIR, exist_ok=True)
    f.save(os.path.join(UPLOAD_DIR, name))
    return jsonify({"url": f"/static/avatars/{name}"})
