"""Negative example for path-traversal-from-request: a helper of this module reduces the name first."""
import os

from flask import Flask, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/download")
def download():
    path = to_path(request.args.get("name", ""))
    return send_file(path, as_attachment=True)


def to_path(name):
    name = secure_filename(name)
    return os.path.join("/srv/files", name)
