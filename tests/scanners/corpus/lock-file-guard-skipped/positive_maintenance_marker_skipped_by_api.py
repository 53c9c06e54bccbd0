from pathlib import Path

from flask import Flask, abort, jsonify

app = Flask(__name__)
MAINTENANCE_FLAG = Path("/run/shop/maintenance")


def run_migrations():
    ...


def rebuild_search_index():
    ...


@app.post("/admin/migrate")
def migrate():
    if MAINTENANCE_FLAG.exists():
        abort(503)
    run_migrations()
    return jsonify(ok=True)


@app.post("/admin/reindex")
def reindex():
    if MAINTENANCE_FLAG.exists():
        abort(503)
    rebuild_search_index()
    return jsonify(ok=True)


@app.post("/admin/nightly")
def nightly():
    run_migrations()
    rebuild_search_index()
    return jsonify(ok=True)
