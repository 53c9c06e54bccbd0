"""Pluggable export service: clients pick which exporter class handles their data."""
import importlib
import json

from aiohttp import web


class ExportRequest:
    def __init__(self, body):
        self.backend = body.get("backend", "exporters.csv_export.CsvExporter")
        self.records = body.get("records", [])
        self.options = body.get("options", {})


def load_backend(dotted):
    module_name, _, class_name = dotted.rpartition(".")
    module = importlib.import_module(module_name)
    return getattr(module, class_name)


async def export(request):
    req = ExportRequest(await request.json())
    exporter_cls = load_backend(req.backend)
    exporter = exporter_cls(**req.options)
    payload = exporter.export(req.records)
    if not isinstance(payload, (bytes, str)):
        payload = json.dumps(payload)
    return web.Response(body=payload)


def make_app():
    app = web.Application()
    app.router.add_post("/export", export)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8085)
