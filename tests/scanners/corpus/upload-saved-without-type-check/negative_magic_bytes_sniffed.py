"""Negative: the first bytes of the upload are read and checked against known signatures before it is stored."""
import os
import uuid

from flask import Flask, abort, request

app = Flask(__name__)
SIGNATURES = {b"%PDF": ".pdf", b"\x89PNG": ".png"}


def kind_of(head):
    return next((ext for sig, ext in SIGNATURES.items() if head.startswith(sig)), None)


@app.post("/scan")
def scan_upload():
    doc = request.files.get("doc")
    if doc is None:
        abort(400)
    head = doc.stream.read(8)
    doc.stream.seek(0)
    if kind_of(head) is None:
        abort(415)
    doc.save(os.path.join("/var/lib/scans", uuid.uuid4().hex + kind_of(head)))
    return "", 201
