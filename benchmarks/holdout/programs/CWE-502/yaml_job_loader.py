import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/jobs")
async def submit_job(request: Request):
    body = await request.body()
    job = yaml.load(body, Loader=yaml.Loader)
    return {"name": job.get("name"), "steps": len(job.get("steps", []))}
