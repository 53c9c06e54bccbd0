"""Positive: a FastAPI query value names the module that importlib loads (resource injection)."""
import importlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/render")
async def render(request: Request):
    fmt = request.query_params.get("format", "json")
    renderer = importlib.import_module("renderers." + fmt)
    return renderer.render({"ok": True})
