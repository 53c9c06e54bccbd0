import csv
import io
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/import")
def import_csv():
    try:
        text = request.files["data"].read().decode("utf-8")
        rows = list(csv.DictReader(io.StringIO(text)))
        total = sum(float(r["amount"]) for r in rows)
        return {"rows": len(rows), "total": total}
    except Exception:
        log.exception("CSV import failed")
        return {"error": "could not import the file"}, 400
