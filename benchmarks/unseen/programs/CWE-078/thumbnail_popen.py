import os
from werkzeug.datastructures import FileStorage
from flask import Flask, request, jsonify

app = Flask(__name__)
MEDIA = "/srv/media"


def make_thumbnail(filename: str) -> str:
    src = os.path.join(MEDIA, filename)
    thumb = os.path.join(MEDIA, "thumb_" + filename)
    pipe = os.popen("convert '%s' -resize 128x128 '%s'" % (src, thumb))
    pipe.read()
    pipe.close()
    return thumb


@app.post("/upload")
def upload():
    f: FileStorage = request.files["image"]
    name = f.filename
    f.save(os.path.join(MEDIA, name))
    return jsonify(thumbnail=make_thumbnail(name))
