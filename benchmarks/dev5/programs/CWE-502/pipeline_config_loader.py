"""Loads user-submitted pipeline definitions for the CI runner service."""
import logging
from dataclasses import dataclass, field

import yaml
from fastapi import FastAPI, HTTPException, UploadFile

log = logging.getLogger("ci.pipelines")
app = FastAPI()


@dataclass
class Pipeline:
    name: str
    steps: list = field(default_factory=list)
    env: dict = field(default_factory=dict)


def parse_pipeline(text: str) -> Pipeline:
    doc = yaml.load(text, Loader=yaml.Loader)
    if not isinstance(doc, dict) or "name" not in doc:
        raise ValueError("pipeline must be a mapping with a name")
    return Pipeline(
        name=str(doc["name"]),
        steps=list(doc.get("steps", [])),
        env=dict(doc.get("env", {})),
    )


class PipelineStore:
    def __init__(self):
        self._items = {}

    def add(self, pipeline: Pipeline):
        self._items[pipeline.name] = pipeline
        return pipeline


store = PipelineStore()


@app.post("/pipelines")
async def upload_pipeline(file: UploadFile):
    raw = (await file.read()).decode("utf-8", "replace")
    try:
        pipeline = parse_pipeline(raw)
    except (yaml.YAMLError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    store.add(pipeline)
    log.info("stored pipeline %s with %d steps", pipeline.name, len(pipeline.steps))
    return {"name": pipeline.name, "steps": len(pipeline.steps)}
