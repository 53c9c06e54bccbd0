"""Negative: a helper resolves the requested path and refuses it unless it stays under the base folder; the route opens only what the helper returns."""
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

api = FastAPI()
BASE = Path("/srv/exports").resolve()


def confined(name: str) -> Path:
    target = (BASE / name).resolve()
    if not target.is_relative_to(BASE):
        raise HTTPException(status_code=404)
    return target


@api.get("/exports/{name}")
def export(name: str):
    return FileResponse(confined(name))
