import csv
import io
import json

from fastapi import FastAPI, HTTPException, Response

app = FastAPI()
RECORDS = [{"id": 1, "name": "alpha"}, {"id": 2, "name": "beta"}]


def to_csv(rows):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["id", "name"])
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue(), "text/csv"


def to_json(rows):
    return json.dumps(rows), "application/json"


EXPORTERS = {"csv": to_csv, "json": to_json}


@app.get("/export")
def export(fmt: str = "csv"):
    if fmt not in EXPORTERS:
        raise HTTPException(status_code=400, detail="unsupported format")
    body, content_type = EXPORTERS[fmt](RECORDS)
    return Response(content=body, media_type=content_type)
