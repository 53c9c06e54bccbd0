import os
import shutil
import subprocess

from flask import Flask, jsonify, request

from .auth import login_required

app = Flask(__name__)
CACHE_DIR = "/var/cache/storefront"


@app.route("/account/profile")
@login_required
def profile():
    return jsonify({"ok": True})


@app.route("/internal/flush-cache", methods=["POST"])
def flush_cache():
    removed = 0
    for name in os.listdir(CACHE_DIR):
        path = os.path.join(CACHE_DIR, name)
        if os.path.isdir(path):
            shutil.rmtree(path)
        else:
            os.remove(path)
        removed += 1
    return jsonify({"removed": removed})


@app.route("/internal/restart", methods=["POST"])
def restart_service():
    service = "storefront-worker"
    if request.args.get("all") == "1":
        service = "storefront-*"
    subprocess.run(["systemctl", "restart", service], check=False)
    return jsonify({"restarted": service})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)
