import hmac
import os

from flask import Flask, request, abort, jsonify

app = Flask(__name__)
OPS_TOKEN = os.environ.get("OPS_TOKEN")

_cache = {}


def caller_role(req):
    role = req.headers.get("X-Role")
    if role is None:
        return "viewer"
    return role.strip().lower()


@app.route("/ops/purge", methods=["POST"])
def purge():
    supplied = request.headers.get("X-Ops-Token", "")
    if OPS_TOKEN is None or not hmac.compare_digest(supplied, OPS_TOKEN):
        abort(403)
    _cache.clear()
    return jsonify({"purged": True})


@app.route("/ops/stats")
def stats():
    if caller_role(request) == "operator":
        return jsonify({"entries": len(_cache), "keys": sorted(_cache)})
    return jsonify({"entries": len(_cache)})
