import importlib

from flask import Flask, Response, request

app = Flask(__name__)

RECORDS = [{"id": 1, "name": "alpha"}, {"id": 2, "name": "beta"}]


@app.get("/export")
def export():
    codec_name = request.args.get("codec", "json")
    codec = importlib.import_module(codec_name)
    payload = codec.dumps(RECORDS)
    if isinstance(payload, bytes):
        return Response(payload, mimetype="application/octet-stream")
    return Response(payload, mimetype="text/plain")
