"""Positive example for path-traversal-from-request: the module's helper only joins, it sanitises nothing."""
import os

from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/download")
def download():
    path = to_path(request.args.get("name", ""))
    return send_file(path, as_attachment=True)


def to_path(name):
    name = name.strip()
    return os.path.join("/srv/files", name)
