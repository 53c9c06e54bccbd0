import yaml
from fastapi import FastAPI, UploadFile, File, HTTPException

app = FastAPI()


class PipelineSpec:
    def __init__(self, document):
        self.document = document

    @classmethod
    def from_bytes(cls, data: bytes):
        return cls(yaml.load(data, Loader=yaml.Loader))

    @property
    def stages(self):
        return self.document.get("stages", [])


PIPELINES = {}


@app.post("/pipelines/{name}")
async def upload_pipeline(name: str, spec: UploadFile = File(...)):
    body = await spec.read()
    try:
        pipeline = PipelineSpec.from_bytes(body)
    except yaml.YAMLError as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    PIPELINES[name] = pipeline
    return {"name": name, "stages": len(pipeline.stages)}


@app.get("/pipelines/{name}")
async def get_pipeline(name: str):
    if name not in PIPELINES:
        raise HTTPException(status_code=404)
    return {"name": name, "stages": PIPELINES[name].stages}
