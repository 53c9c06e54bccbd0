import os

from flask import Flask, abort, request

app = Flask(__name__)
INGEST_TOKEN = os.environ["METRICS_INGEST_TOKEN"]


def check_token():
    supplied = request.headers.get("X-Ingest-Token", "")
    if supplied != INGEST_TOKEN:
        abort(401)


@app.post("/ingest")
def ingest():
    check_token()
    points = request.get_json(force=True)
    accepted = 0
    for p in points:
        if "name" in p and "value" in p:
            app.config.setdefault("BUFFER", []).append((p["name"], float(p["value"])))
            accepted += 1
    return {"accepted": accepted}
