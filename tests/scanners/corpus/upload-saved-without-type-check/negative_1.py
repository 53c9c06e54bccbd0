"""Negative example for upload-saved-without-type-check: the rule must not flag this."""
from flask import Flask, request, make_response, redirect, Response, send_file
app = Flask(__name__)

import uuid
import magic
@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["doc"]
    kind = magic.from_buffer(f.stream.read(2048), mime=True)
    if kind != "application/pdf":
        return "not a pdf", 400
    f.stream.seek(0)
    f.save("/srv/uploads/" + uuid.uuid4().hex + ".pdf")
    return "saved"
