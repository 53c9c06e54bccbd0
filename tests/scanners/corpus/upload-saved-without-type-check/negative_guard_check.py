import os
import uuid

import magic
from flask import Flask, abort, request

app = Flask(__name__)
PDF = "application/pdf"


@app.route("/statements", methods=["POST"])
def upload_statement():
    doc = request.files["statement"]
    head = doc.stream.read(2048)
    doc.stream.seek(0)
    if magic.from_buffer(head, mime=True) != PDF:
        abort(415)
    doc.save(os.path.join("/srv/statements", uuid.uuid4().hex + ".pdf"))
    return "ok"
