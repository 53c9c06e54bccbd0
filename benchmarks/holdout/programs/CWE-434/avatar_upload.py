import os
from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = os.path.join(app.root_path, "static", "uploads")


@app.post("/upload")
def upload():
    f = request.files["file"]
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    return {"url": "/static/uploads/" + f.filename}
