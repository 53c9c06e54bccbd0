"""FastAPI endpoint accepting pipeline definitions as YAML."""
import yaml
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
PIPELINES = {}


def parse_definition(text):
    loader = yaml.Loader
    return yaml.load(text, Loader=loader)


@app.post("/pipelines/{name}")
async def upload_pipeline(name: str, spec: UploadFile = File(...)):
    content = (await spec.read()).decode("utf-8")
    definition = parse_definition(content)
    if not isinstance(definition, dict) or "stages" not in definition:
        raise HTTPException(status_code=422, detail="missing stages")
    PIPELINES[name] = definition
    return {"name": name, "stages": len(definition["stages"])}


@app.get("/pipelines/{name}")
async def get_pipeline(name: str):
    if name not in PIPELINES:
        raise HTTPException(status_code=404)
    return PIPELINES[name]
