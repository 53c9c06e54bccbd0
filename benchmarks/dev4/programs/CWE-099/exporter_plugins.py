import importlib

from flask import Flask, request, Response

app = Flask(__name__)
ROWS = [{"id": 1, "name": "alpha"}, {"id": 2, "name": "beta"}]


def get_exporter(fmt):
    module = importlib.import_module(fmt)
    return module.export


@app.route("/export")
def export():
    fmt = request.args.get("format", "exporters.csv_export")
    exporter = get_exporter(fmt)
    body, mimetype = exporter(ROWS)
    return Response(body, mimetype=mimetype)
