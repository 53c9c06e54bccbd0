import sqlite3
from flask import Flask, request, jsonify, g, abort

app = Flask(__name__)
TENANT_DBS = {
    "acme": "/srv/tenants/acme.db",
    "globex": "/srv/tenants/globex.db",
}


def tenant_connection():
    if "db" not in g:
        tenant = request.headers.get("X-Tenant", "")
        path = TENANT_DBS.get(tenant)
        if path is None:
            abort(403)
        g.db = sqlite3.connect(path)
    return g.db


@app.route("/notes")
def notes():
    rows = tenant_connection().execute("SELECT id, title FROM notes ORDER BY id").fetchall()
    return jsonify([{"id": r[0], "title": r[1]} for r in rows])
