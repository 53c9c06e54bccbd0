import csv
import io
import os
import uuid

from flask import Flask, abort, request

app = Flask(__name__)
INBOX = "/var/lib/importer/inbox"
ALLOWED = {".csv"}


@app.post("/imports")
def receive_import():
    f = request.files.get("file")
    if f is None:
        abort(400)
    ext = os.path.splitext(f.filename or "")[1].lower()
    if ext not in ALLOWED:
        abort(415)
    raw = f.read(5 * 1024 * 1024 + 1)
    if len(raw) > 5 * 1024 * 1024:
        abort(413)
    try:
        header = next(csv.reader(io.StringIO(raw.decode("utf-8"))))
    except (UnicodeDecodeError, StopIteration, csv.Error):
        abort(422)
    dest = os.path.join(INBOX, f"{uuid.uuid4().hex}.csv")
    with open(dest, "wb") as out:
        out.write(raw)
    return {"queued": os.path.basename(dest), "columns": header}
