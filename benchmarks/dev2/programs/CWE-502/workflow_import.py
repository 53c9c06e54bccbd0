import yaml
from fastapi import FastAPI, UploadFile, File, HTTPException

app = FastAPI()

WORKFLOWS: dict[str, dict] = {}


def parse_workflow(data: bytes) -> dict:
    document = yaml.safe_load(data)
    if not isinstance(document, dict):
        raise ValueError("workflow must be a mapping")
    steps = document.get("steps")
    if not isinstance(steps, list):
        raise ValueError("workflow needs a list of steps")
    return document


@app.post("/workflows/{name}")
async def import_workflow(name: str, upload: UploadFile = File(...)):
    raw = await upload.read()
    try:
        workflow = parse_workflow(raw)
    except (yaml.YAMLError, ValueError) as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    WORKFLOWS[name] = workflow
    return {"name": name, "steps": len(workflow["steps"])}


@app.get("/workflows/{name}")
async def show_workflow(name: str):
    workflow = WORKFLOWS.get(name)
    if workflow is None:
        raise HTTPException(status_code=404)
    return workflow
