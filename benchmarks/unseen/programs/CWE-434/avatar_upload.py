import os

from flask import Flask, request, redirect

app = Flask(__name__)
UPLOAD_DIR = os.path.join(app.root_path, "static", "avatars")


@app.route("/profile/avatar", methods=["POST"])
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or f.filename == "":
        return "no file", 400
    name = os.path.basename(f.filename)
    f.save(os.path.join(UPLOAD_DIR, name))
    return redirect("/static/avatars/" + name)
