import logging
import uuid
from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(Exception)
def handle(exc):
    ref = uuid.uuid4().hex[:12]
    log.exception("unhandled error ref=%s", ref)
    return jsonify(error="internal error", ref=ref), 500


@app.route("/divide/<int:a>/<int:b>")
def divide(a, b):
    return jsonify(result=a / b)
