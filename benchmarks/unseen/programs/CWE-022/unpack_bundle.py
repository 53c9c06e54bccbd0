import tarfile
import tempfile
from pathlib import Path

from flask import Flask, request, jsonify

app = Flask(__name__)
PLUGIN_DIR = Path("/srv/plugins")


@app.post("/plugins")
def install_plugin():
    upload = request.files["bundle"]
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        upload.save(tmp.name)
        dest = PLUGIN_DIR / upload.filename.split(".")[0]
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(tmp.name, "r:gz") as archive:
            archive.extractall(dest)
    return jsonify(installed=str(dest))
