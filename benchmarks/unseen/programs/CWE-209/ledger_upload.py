import csv
import io
import traceback

from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_csv():
    try:
        text = request.files["data"].read().decode("utf-8")
        rows = list(csv.DictReader(io.StringIO(text)))
        total = sum(float(r["amount"]) for r in rows)
        return {"rows": len(rows), "total": total}
    except Exception:
        return "<pre>" + traceback.format_exc() + "</pre>", 500
