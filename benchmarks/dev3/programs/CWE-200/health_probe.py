import time

from fastapi import FastAPI, Response

from db import ping_database

app = FastAPI()
STARTED = time.time()
VERSION = "2.4.1"


@app.get("/status")
def status():
    return {"status": "ok", "version": VERSION, "uptime_s": int(time.time() - STARTED)}


@app.get("/ready")
def ready(response: Response):
    if not ping_database():
        response.status_code = 503
        return {"ready": False}
    return {"ready": True}
