from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
JOBS = {"j1": {"state": "done", "owner": "alice"}, "j2": {"state": "running", "owner": "bob"}}


@app.delete("/jobs/{job_id}")
def cancel(job_id: str, x_user: str = Header(...)):
    job = JOBS.get(job_id)
    if job is None:
        raise HTTPException(404)
    if job["owner"] != x_user:
        raise HTTPException(403)
    if job["state"] == "done":
        return {"cancelled": False}
    job["state"] = "cancelled"
    return {"cancelled": True}
