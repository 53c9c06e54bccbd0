import os

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
STORE = "/srv/shared/uploads"


@app.post("/files")
def put_file():
    f = request.files.get("file")
    if f is None:
        abort(400)
    name = secure_filename(f.filename)
    target = os.path.join(STORE, name)
    if os.path.exists(target):
        return {"error": "file already exists"}, 409
    with open(target, "wb") as out:
        out.write(f.read())
    return {"stored": name}, 201
