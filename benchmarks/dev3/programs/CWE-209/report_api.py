import logging
import uuid

from flask import Flask, jsonify, request

from reporting import build_report

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(Exception)
def handle_error(exc):
    incident = uuid.uuid4().hex[:12]
    log.exception("unhandled error, incident %s", incident)
    return jsonify(error="internal server error", incident=incident), 500


@app.post("/reports")
def create_report():
    params = request.get_json()
    return jsonify(build_report(params["kind"], params.get("range")))
