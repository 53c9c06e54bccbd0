import traceback

from flask import Flask, request

from .storage import save_upload

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    try:
        f = request.files["document"]
        key = save_upload(f.filename, f.stream)
        return {"key": key}
    except Exception:
        return {"error": "upload failed", "trace": traceback.format_exc()}, 500
