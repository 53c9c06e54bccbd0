"""Negative: the request only picks a key; host and db come from a fixed table and unknown keys are rejected."""
import redis
from flask import Flask, abort, request

app = Flask(__name__)
CACHES = {"eu": ("cache-eu.internal", 0), "us": ("cache-us.internal", 1)}


@app.get("/cache/ping")
def ping():
    region = request.args.get("region", "eu")
    if region not in CACHES:
        abort(404)
    host, db = CACHES[region]
    return {"pong": redis.Redis(host=host, port=6379, db=db).ping()}
