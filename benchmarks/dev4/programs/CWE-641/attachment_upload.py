import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
UPLOAD_ROOT = "/var/www/site/public/attachments"


def target_name(filename):
    # drop any directory part the browser may have sent
    return os.path.basename(filename.replace("\\", "/"))


@app.route("/attachments", methods=["POST"])
def upload():
    f = request.files.get("file")
    if f is None or not f.filename:
        abort(400)
    name = target_name(f.filename)
    if not name:
        abort(400)
    dest = os.path.join(UPLOAD_ROOT, name)
    f.save(dest)
    return jsonify(url=f"/attachments/{name}"), 201


@app.route("/attachments", methods=["GET"])
def listing():
    return jsonify(sorted(os.listdir(UPLOAD_ROOT)))
