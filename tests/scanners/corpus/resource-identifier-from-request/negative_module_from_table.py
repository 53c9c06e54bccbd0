"""Negative: the request key is mapped through a fixed table of renderer modules before importing."""
import importlib

from fastapi import FastAPI, Request

app = FastAPI()
RENDERERS = {"json": "renderers.json_out", "xml": "renderers.xml_out"}


@app.get("/render")
async def render(request: Request):
    fmt = request.query_params.get("format", "json")
    renderer = importlib.import_module(RENDERERS.get(fmt, "renderers.json_out"))
    return renderer.render({"ok": True})
