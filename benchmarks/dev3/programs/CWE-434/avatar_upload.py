import os

from flask import Flask, abort, request, url_for
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

app = Flask(__name__, static_folder="static")
UPLOAD_DIR = os.path.join(app.static_folder, "avatars")


@app.post("/profile/avatar")
@login_required
def upload_avatar():
    f = request.files.get("avatar")
    if not f or not f.filename:
        abort(400)
    filename = f"{current_user.id}_{secure_filename(f.filename)}"
    os.makedirs(UPLOAD_DIR, exist_ok=True)
    f.save(os.path.join(UPLOAD_DIR, filename))
    current_user.avatar = filename
    return {"url": url_for("static", filename=f"avatars/{filename}")}
