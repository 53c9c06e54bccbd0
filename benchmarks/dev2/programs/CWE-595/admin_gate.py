import os

from flask import Flask, request, abort, jsonify

app = Flask(__name__)
MAINTENANCE_KEY = os.environ.get("MAINTENANCE_KEY", "")


def role_of(req):
    return req.headers.get("X-Role", "viewer").strip().lower()


@app.route("/maintenance/flush", methods=["POST"])
def flush_cache():
    supplied = request.headers.get("X-Maintenance-Key", "")
    if supplied is not MAINTENANCE_KEY:
        abort(403)
    return jsonify({"flushed": True})


@app.route("/reports/<name>")
def report(name):
    role = role_of(request)
    if role is "admin":
        return jsonify({"report": name, "rows": "all"})
    return jsonify({"report": name, "rows": "summary"})


if __name__ == "__main__":
    app.run()
