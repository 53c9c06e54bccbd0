"""Negative: the stored name is a random token plus a checked extension, built by a helper; the client name is not used."""
import os
import secrets

from flask import Flask, abort, request

app = Flask(__name__)
DOCS = "/srv/docs"
KINDS = {".pdf", ".txt"}


def fresh_name(client_name):
    suffix = os.path.splitext(client_name or "")[1].lower()
    if suffix not in KINDS:
        abort(400)
    return f"{secrets.token_hex(16)}{suffix}"


@app.post("/docs")
def add_doc():
    item = request.files["doc"]
    name = fresh_name(item.filename)
    item.save(os.path.join(DOCS, name))
    return {"name": name}
