import importlib

from fastapi import FastAPI, Response

app = FastAPI()
RECORDS = [{"id": 1, "name": "alpha"}, {"id": 2, "name": "beta"}]


@app.get("/export")
def export(fmt: str = "csv"):
    module = importlib.import_module(f"exporters.{fmt}")
    body, content_type = module.render(RECORDS)
    return Response(content=body, media_type=content_type)
