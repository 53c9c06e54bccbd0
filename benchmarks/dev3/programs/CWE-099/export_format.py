import csv
import io
import json

from flask import Flask, Response, abort, request

app = Flask(__name__)

RECORDS = [{"id": 1, "name": "alpha"}, {"id": 2, "name": "beta"}]


def to_csv(rows):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["id", "name"])
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


EXPORTERS = {
    "json": (lambda rows: json.dumps(rows), "application/json"),
    "csv": (to_csv, "text/csv"),
}


@app.get("/export")
def export():
    fmt = request.args.get("format", "json")
    if fmt not in EXPORTERS:
        abort(400)
    render, mimetype = EXPORTERS[fmt]
    return Response(render(RECORDS), mimetype=mimetype)
