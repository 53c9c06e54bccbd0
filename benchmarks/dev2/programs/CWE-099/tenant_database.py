import sqlite3

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)

TENANT_DATABASES = {
    "acme": "/srv/data/acme.sqlite3",
    "globex": "/srv/data/globex.sqlite3",
}


def tenant_connection():
    tenant = request.headers.get("X-Tenant", "")
    path = TENANT_DATABASES.get(tenant)
    if path is None:
        abort(403)
    if "db" not in g:
        g.db = sqlite3.connect(path)
    return g.db


@app.route("/projects")
def projects():
    rows = tenant_connection().execute("SELECT id, name FROM projects ORDER BY name").fetchall()
    return jsonify([{"id": r[0], "name": r[1]} for r in rows])


@app.teardown_appcontext
def close(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
