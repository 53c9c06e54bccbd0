import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ADMIN_KEY = os.environ["ADMIN_API_KEY"]


def authorized(req):
    supplied = req.headers.get("X-Api-Key", "")
    return supplied == ADMIN_KEY


@app.route("/admin/stats")
def stats():
    if not authorized(request):
        abort(401)
    return jsonify({"users": 1280, "active": 311})
