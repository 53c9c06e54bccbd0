import yaml
from fastapi import FastAPI, Request, HTTPException

app = FastAPI()


@app.post("/jobs")
async def submit_job(request: Request):
    body = await request.body()
    job = yaml.safe_load(body)
    if not isinstance(job, dict):
        raise HTTPException(status_code=400, detail="expected mapping")
    return {"name": job.get("name"), "steps": len(job.get("steps", []))}
