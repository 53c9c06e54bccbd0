import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
AVATAR_DIR = os.path.realpath("/srv/app/avatars")


def resolve_avatar(name):
    candidate = os.path.realpath(os.path.join(AVATAR_DIR, name))
    if os.path.commonpath([candidate, AVATAR_DIR]) != AVATAR_DIR:
        abort(404)
    if not os.path.isfile(candidate):
        abort(404)
    return candidate


@app.get("/avatars")
def avatar():
    name = request.args.get("name", "default.png")
    return send_file(resolve_avatar(name), mimetype="image/png")
