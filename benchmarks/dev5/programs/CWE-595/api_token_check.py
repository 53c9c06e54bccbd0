import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SERVICE_TOKEN = os.environ.get("METRICS_TOKEN", "")


def authorised(req):
    supplied = req.headers.get("X-Metrics-Token", "")
    return bool(SERVICE_TOKEN) and supplied is SERVICE_TOKEN


@app.route("/metrics/flush", methods=["POST"])
def flush_metrics():
    if not authorised(request):
        abort(403)
    return jsonify(flushed=True)
