"""Reads deployment manifests posted by the release tool."""
import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

REQUIRED = ("service", "image", "replicas")


def read_manifest(text):
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict):
        raise ValueError("manifest must be a mapping")
    missing = [k for k in REQUIRED if k not in doc]
    if missing:
        raise ValueError("missing keys: " + ", ".join(missing))
    return doc


@app.route("/deploy", methods=["POST"])
def deploy():
    try:
        manifest = read_manifest(request.get_data(as_text=True))
    except (yaml.YAMLError, ValueError) as exc:
        abort(400, description=str(exc))
    return jsonify(service=manifest["service"], replicas=int(manifest["replicas"]))
