import os

from flask import Flask, request, jsonify

app = Flask(__name__, static_folder="static")
AVATAR_DIR = os.path.join(app.static_folder, "avatars")


@app.post("/profile/avatar")
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or f.filename == "":
        return jsonify({"error": "no file"}), 400
    if not f.mimetype.startswith("image/"):
        return jsonify({"error": "images only"}), 400
    name = os.path.basename(f.filename)
    os.makedirs(AVATAR_DIR, exist_ok=True)
    f.save(os.path.join(AVATAR_DIR, name))
    return jsonify({"url": f"/static/avatars/{name}"})


if __name__ == "__main__":
    app.run()
