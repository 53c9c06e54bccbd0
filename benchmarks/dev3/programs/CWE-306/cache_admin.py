import functools
import hmac
import os

from flask import Flask, abort, jsonify, request

from .cache import redis_client

app = Flask(__name__)
ADMIN_TOKEN = os.environ["CACHE_ADMIN_TOKEN"]


def admin_token_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.encode(), ADMIN_TOKEN.encode()):
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.get("/cache/stats")
def stats():
    info = redis_client.info("memory")
    return jsonify(used=info["used_memory_human"])


@app.post("/cache/flush")
@admin_token_required
def flush():
    pattern = request.args.get("prefix", "") + "*"
    removed = 0
    for key in redis_client.scan_iter(match=pattern, count=500):
        redis_client.delete(key)
        removed += 1
    return jsonify(removed=removed)
