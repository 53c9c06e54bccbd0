import os
import uuid

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
RECEIPT_STORE = os.environ.get("RECEIPT_STORE", "/var/lib/expenses/receipts")
ALLOWED_EXTENSIONS = {".pdf", ".png", ".jpg", ".jpeg"}
MAGIC = {b"%PDF": ".pdf", b"\x89PNG": ".png", b"\xff\xd8\xff": ".jpg"}


def sniff(head: bytes):
    for sig, ext in MAGIC.items():
        if head.startswith(sig):
            return ext
    return None


@app.post("/expenses/<int:expense_id>/receipt")
def upload_receipt(expense_id):
    f = request.files.get("receipt")
    if f is None:
        abort(400)
    ext = os.path.splitext(f.filename or "")[1].lower()
    head = f.stream.read(8)
    f.stream.seek(0)
    if ext not in ALLOWED_EXTENSIONS or sniff(head) is None:
        abort(415)
    stored = f"{uuid.uuid4().hex}{sniff(head)}"
    f.save(os.path.join(RECEIPT_STORE, stored))
    return jsonify({"expense": expense_id, "receipt": stored}), 201
